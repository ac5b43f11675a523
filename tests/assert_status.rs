//! `assert_status!` and `debug_assert_status!`: every form of expectation,
//! passing and failing, the failure message word for word, and each
//! argument evaluated once.

use http_status::status::{self, is_client_error, Class, HTTP_201_CREATED, HTTP_404_NOT_FOUND};
use http_status::{assert_status, debug_assert_status};
use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe, UnwindSafe};

/// The panic message of `body`, which must panic.
fn failure(body: impl FnOnce() + UnwindSafe) -> String {
    let payload = catch_unwind(body).expect_err("the assertion should have failed");
    match payload.downcast::<String>() {
        Ok(message) => *message,
        Err(payload) => payload
            .downcast::<&str>()
            .map(|message| (*message).to_owned())
            .expect("a text panic message"),
    }
}

/// A stand-in for `http::StatusCode`, which is `Copy`, converts into `u16`
/// and compares with one the same way; `interop/` runs the same forms with
/// the real one.
#[derive(Clone, Copy, Debug)]
struct StatusCode(u16);

impl PartialEq<u16> for StatusCode {
    fn eq(&self, code: &u16) -> bool {
        self.0 == *code
    }
}

impl StatusCode {
    const CREATED: StatusCode = StatusCode(201);
}

impl From<StatusCode> for u16 {
    fn from(status: StatusCode) -> u16 {
        status.0
    }
}

/// A status type that does not convert into `u16`, as Rocket's `Status`
/// does not: `constants!` is given the way back to its code.
#[derive(Clone, Copy, Debug)]
pub struct Status {
    pub code: u16,
}

impl Status {
    pub const fn new(code: u16) -> Status {
        Status { code }
    }
}

mod rocket_like {
    http_status::constants!(super::Status, super::Status::new, |status| status.code);
}

#[test]
fn a_code_meets_its_constant_its_number_its_class_and_its_predicates() {
    let code: u16 = 201;
    assert_status!(code, HTTP_201_CREATED);
    assert_status!(code, 201);
    assert_status!(code, Class::Successful);
    assert_status!(code, status::is_success);
    assert_status!(code, status::is_success,);
    assert_status!(404_u16, is_client_error);
    assert_status!(404_u16, status::is_error);
    assert_status!(101_u16, status::is_informational);
    assert_status!(308_u16, status::is_redirect);
    assert_status!(503_u16, status::is_server_error);
    assert_status!(204_u16, status::cannot_have_content);
}

#[test]
fn actual_is_anything_that_converts_into_u16_and_compares_with_one() {
    assert_status!(StatusCode(404), HTTP_404_NOT_FOUND);
    assert_status!(StatusCode(200), status::is_success);
}

#[test]
fn actual_may_be_a_reference_to_a_code() {
    let status = StatusCode(201);
    let code: u16 = 201;
    assert_status!(&status, HTTP_201_CREATED);
    assert_status!(&code, status::is_success);
    for status in &[StatusCode(200), StatusCode(204)] {
        assert_status!(status, Class::Successful);
    }
}

#[test]
fn a_type_given_a_way_to_its_code_is_a_status_in_every_place() {
    use rocket_like as status;
    let created = Status::new(201);
    assert_status!(created, status::HTTP_201_CREATED);
    assert_status!(&created, status::HTTP_201_CREATED);
    assert_status!(created, &status::HTTP_201_CREATED);
    assert_status!(created, status::is_success);
    assert_status!(created, 201);
    assert_status!(created, [status::HTTP_200_OK, status::HTTP_201_CREATED]);
    const DONE: [Status; 2] = [status::HTTP_200_OK, status::HTTP_201_CREATED];
    assert_status!(created, DONE);
    assert_status!(created, &DONE[..]);
    assert_status!(201_u16, status::HTTP_201_CREATED);
    let message = failure(|| {
        assert_status!(
            Status::new(500),
            [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE],
            "{}",
            "deleted twice"
        )
    });
    assert!(
        message.ends_with("expected: one of 404 Not Found, 410 Gone"),
        "{message}"
    );
    assert_status!(
        Status::new(404),
        [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE]
    );
    let message = failure(|| assert_status!(Status::new(404), status::HTTP_201_CREATED));
    assert_eq!(
        message,
        "assertion failed: `Status::new(404)` is not `status::HTTP_201_CREATED`\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: 201 Created (HTTP_201_CREATED)"
    );
}

#[test]
fn a_list_of_a_frameworks_statuses_is_a_list_of_codes() {
    let message =
        failure(|| assert_status!(StatusCode(500), [StatusCode(404), StatusCode::CREATED]));
    assert!(
        message.ends_with("expected: one of 404 Not Found, 201 Created"),
        "{message}"
    );
    const MISSING: [StatusCode; 2] = [StatusCode(404), StatusCode(410)];
    assert_status!(StatusCode(410), MISSING);
    assert_status!(&StatusCode(410), &MISSING);
    assert_status!(410_u16, &MISSING[..]);
}

#[test]
fn expected_may_be_anything_into_u16_as_actual_is() {
    const CREATED: StatusCode = StatusCode::CREATED;
    assert_status!(StatusCode(201), StatusCode::CREATED);
    assert_status!(201_u16, CREATED);
    assert_status!(&StatusCode(201), CREATED, "with a {}", "message");
    assert_status!(201_u16, u16::from(201_u8));
    let message = failure(|| assert_status!(StatusCode(404), StatusCode::CREATED));
    assert_eq!(
        message,
        "assertion failed: `StatusCode(404)` is not `StatusCode::CREATED`\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: 201 Created (HTTP_201_CREATED)"
    );
}

#[test]
fn a_literal_expected_code_is_a_u16() {
    // 65535 fits a u16 and not an i16 or a u8: only a u16 reading compiles
    // and fails as a code.
    let message = failure(|| assert_status!(200_u16, 65535));
    assert!(
        message.ends_with("expected: 65535 (not a status code: codes run from 100 to 599)"),
        "{message}"
    );
    assert_status!(200_u16, 200,);
    assert_status!(200_u16, 200, "a message");
}

#[test]
fn a_renamed_code_is_named_by_both_names_on_both_lines() {
    let message = failure(|| assert_status!(422_u16, status::HTTP_413_CONTENT_TOO_LARGE));
    assert_eq!(
        message,
        "assertion failed: `422_u16` is not `status::HTTP_413_CONTENT_TOO_LARGE`\n  \
         actual: 422 Unprocessable Content \
         (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)\n\
         expected: 413 Content Too Large \
         (HTTP_413_REQUEST_ENTITY_TOO_LARGE or HTTP_413_CONTENT_TOO_LARGE)"
    );
}

/// A predicate of the tests' own, a plain function.
fn created_or_gone(code: u16) -> bool {
    code == 201 || code == 410
}

#[test]
fn a_predicate_of_ones_own_is_named_for_what_it_is() {
    let message = failure(|| assert_status!(204_u16, |c| status::is_success(c) && c != 204));
    assert!(message.ends_with("\nexpected: a closure"), "{message}");
    let message = failure(|| assert_status!(500_u16, status::is_success as fn(u16) -> bool));
    assert!(
        message.ends_with("\nexpected: a function pointer"),
        "{message}"
    );
    let message = failure(|| assert_status!(500_u16, created_or_gone));
    assert!(
        message.ends_with("\nexpected: created_or_gone"),
        "{message}"
    );
    // A generic function is named without its arguments, however nested.
    let message = failure(|| assert_status!(500_u16, in_range_of::<Vec<Option<u8>>>));
    assert!(message.ends_with("\nexpected: in_range_of"), "{message}");
}

/// A generic predicate, whose type's name carries nested arguments: it
/// holds for no code but where `T` takes no room.
fn in_range_of<T>(code: u16) -> bool {
    usize::from(code) < core::mem::size_of::<T>()
}

#[test]
fn a_predicate_of_ones_own_is_called_once_with_the_actual_code_pass_or_fail() {
    let calls = Cell::new(0_u32);
    let seen = Cell::new(0_u16);
    let counted = |code: u16| {
        calls.set(calls.get() + 1);
        seen.set(code);
        code == 201
    };
    assert_status!(201_u16, counted);
    assert_eq!((calls.get(), seen.get()), (1, 201));
    let message = failure(AssertUnwindSafe(|| assert_status!(404_u16, counted)));
    assert_eq!((calls.get(), seen.get()), (2, 404));
    assert!(message.ends_with("\nexpected: a closure"), "{message}");
    // Through a helper's `impl Expectation<Form>` too.
    let message = failure(AssertUnwindSafe(|| assert_answers(500_u16, counted)));
    assert_eq!((calls.get(), seen.get()), (3, 500));
    assert!(message.ends_with("\nexpected: a closure"), "{message}");
}

/// A test helper of the kind a user writes: it takes whatever
/// `assert_status!` takes, and its failures point at its caller.
#[track_caller]
fn assert_answers<Via, Form>(
    status: impl http_status::assert::Code<Via>,
    expected: impl http_status::assert::Expectation<Form>,
) {
    assert_status!(status, expected);
}

#[test]
fn a_helper_takes_every_expectation_and_its_failure_names_the_predicate_at_its_caller() {
    assert_answers(201_u16, HTTP_201_CREATED);
    assert_answers(StatusCode(201), StatusCode::CREATED);
    assert_answers(Status::new(201), rocket_like::HTTP_201_CREATED);
    assert_answers(
        Status::new(201),
        [rocket_like::HTTP_200_OK, rocket_like::HTTP_201_CREATED],
    );
    assert_answers(201_u16, [200, 201]);
    assert_answers(201_u16, 200..=204);
    assert_answers(201_u16, Class::Successful);
    assert_answers(201_u16, |code| code == 201);
    thread_local! {
        /// The line of the last panic on this thread.
        static PANICKED_AT: Cell<u32> = const { Cell::new(0) };
    }
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let line = info.location().map_or(0, |at| at.line());
        PANICKED_AT.with(|at| at.set(line));
    }));
    let called_at = line!() + 1;
    let result = catch_unwind(|| assert_answers(404_u16, rocket_like::is_success));
    std::panic::set_hook(hook);
    let message = *result.unwrap_err().downcast::<String>().unwrap();
    assert!(
        message.ends_with("\nexpected: is_success (200..=299)"),
        "{message}"
    );
    assert_eq!(PANICKED_AT.with(Cell::get), called_at);
}

/// `assert_status!` called from a macro, whose `stringify!` spaces paths.
macro_rules! wrapped {
    ($actual:expr, $expected:expr) => {
        assert_status!($actual, $expected)
    };
}

#[test]
fn a_path_from_inside_another_macro_is_still_named_by_its_last_segment() {
    let message = failure(|| wrapped!(404_u16, status::is_success));
    assert!(
        message.ends_with("\nexpected: is_success (200..=299)"),
        "{message}"
    );
}

#[test]
fn a_closure_is_a_predicate_too() {
    assert_status!(204_u16, |code| code == 200 || code == 204);
}

#[test]
fn a_failed_predicate_names_the_code_that_came_back_and_the_range() {
    let message = failure(|| assert_status!(StatusCode(404), status::is_success));
    assert_eq!(
        message,
        "assertion failed: `StatusCode(404)` is not `status::is_success`\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: is_success (200..=299)"
    );
}

/// The last line of the message when 0, which meets no predicate, fails.
macro_rules! expected_line {
    ($predicate:path) => {
        failure(|| assert_status!(0_u16, $predicate))
            .lines()
            .last()
            .unwrap()
            .to_owned()
    };
}

#[test]
fn every_predicate_states_its_own_range() {
    assert_eq!(
        expected_line!(status::is_informational),
        "expected: is_informational (100..=199)"
    );
    assert_eq!(
        expected_line!(status::is_success),
        "expected: is_success (200..=299)"
    );
    assert_eq!(
        expected_line!(status::is_redirect),
        "expected: is_redirect (300..=399)"
    );
    assert_eq!(
        expected_line!(is_client_error),
        "expected: is_client_error (400..=499)"
    );
    assert_eq!(
        expected_line!(status::is_server_error),
        "expected: is_server_error (500..=599)"
    );
    assert_eq!(
        expected_line!(status::is_error),
        "expected: is_error (400..=599)"
    );
}

#[test]
fn a_failed_code_names_both_codes_with_phrase_and_constant() {
    let code: u16 = 500;
    let message = failure(move || assert_status!(code, HTTP_201_CREATED));
    assert_eq!(
        message,
        "assertion failed: `code` is not `HTTP_201_CREATED`\n  \
         actual: 500 Internal Server Error (HTTP_500_INTERNAL_SERVER_ERROR)\n\
         expected: 201 Created (HTTP_201_CREATED)"
    );
}

#[test]
fn a_failed_class_names_the_class_and_its_range() {
    let message = failure(|| assert_status!(302_u16, Class::ClientError));
    assert_eq!(
        message,
        "assertion failed: `302_u16` is not `Class::ClientError`\n  \
         actual: 302 Found (HTTP_302_FOUND)\n\
         expected: Client Error (400..=499)"
    );
}

#[test]
fn a_code_without_a_constant_is_described_for_what_it_is() {
    let message = failure(|| assert_status!(299_u16, 42));
    assert!(
        message.contains("actual: 299 (2xx code without a constant)\n"),
        "{message}"
    );
    assert!(
        message.ends_with("expected: 42 (not a status code: codes run from 100 to 599)"),
        "{message}"
    );
}

#[test]
fn a_broken_run_of_codes_is_counted_not_called_a_range() {
    // Every 1xx, 204 and 304.
    let message = failure(|| assert_status!(200_u16, status::cannot_have_content));
    assert!(
        message.ends_with("\nexpected: cannot_have_content (true of 102 codes in 100..=304)"),
        "{message}"
    );
}

#[test]
fn the_custom_message_is_kept_in_format_args_form() {
    let id = 7;
    let message =
        failure(move || assert_status!(404_u16, status::is_success, "creating user {}", id));
    assert!(
        message.starts_with(
            "assertion failed: `404_u16` is not `status::is_success`: creating user 7\n"
        ),
        "{message}"
    );
    let message = failure(|| assert_status!(404_u16, 200, "plain"));
    assert!(
        message.starts_with("assertion failed: `404_u16` is not `200`: plain\n"),
        "{message}"
    );
}

#[test]
fn each_argument_is_evaluated_once_and_the_message_only_on_failure() {
    let actual = Cell::new(0);
    let expected = Cell::new(0);
    let message = Cell::new(0);
    let count = |cell: &Cell<u32>| cell.set(cell.get() + 1);
    let passing = || {
        assert_status!(
            {
                count(&actual);
                200_u16
            },
            {
                count(&expected);
                Class::Successful
            },
            "{}",
            {
                count(&message);
                "never shown"
            }
        )
    };
    passing();
    assert_eq!((actual.get(), expected.get(), message.get()), (1, 1, 0));

    let caught = catch_unwind(AssertUnwindSafe(|| {
        assert_status!(
            {
                count(&actual);
                500_u16
            },
            {
                count(&expected);
                Class::Successful
            },
            "{}",
            {
                count(&message);
                "shown"
            }
        )
    }));
    assert!(caught.is_err());
    assert_eq!((actual.get(), expected.get(), message.get()), (2, 2, 1));
}

#[test]
fn actual_is_evaluated_before_expected() {
    let order = std::cell::RefCell::new(Vec::new());
    assert_status!(
        {
            order.borrow_mut().push("actual");
            201_u16
        },
        {
            order.borrow_mut().push("expected");
            HTTP_201_CREATED
        }
    );
    assert_eq!(*order.borrow(), ["actual", "expected"]);
}

#[test]
fn debug_assert_status_checks_in_debug_builds() {
    debug_assert_status!(200_u16, status::is_success);
    let caught = catch_unwind(|| debug_assert_status!(404_u16, status::is_success, "{}", 1));
    assert_eq!(caught.is_err(), cfg!(debug_assertions));
}

#[test]
#[should_panic(expected = "actual: 418 I'm a teapot (HTTP_418_IM_A_TEAPOT)")]
fn should_panic_reads_the_message_too() {
    assert_status!(418_u16, status::is_success);
}

#[test]
fn a_range_a_list_or_a_reference_is_an_expectation() {
    let code: u16 = 204;
    assert_status!(code, 200..=204);
    assert_status!(code, 200..300);
    assert_status!(code, [status::HTTP_200_OK, status::HTTP_204_NO_CONTENT]);
    assert_status!(code, [200, 204]);
    assert_status!(code, &[200, 204]);
    let allowed: Vec<u16> = [200, 204].to_vec();
    assert_status!(code, &allowed[..]);
    assert_status!(code, allowed.as_slice());
    assert_status!(201_u16, &HTTP_201_CREATED);
    assert_status!(StatusCode(201), &StatusCode::CREATED);
    assert_status!(&StatusCode(201), &HTTP_201_CREATED);
}

#[test]
fn a_list_that_is_not_met_names_every_code_in_it() {
    let message =
        failure(|| assert_status!(404_u16, [status::HTTP_200_OK, status::HTTP_204_NO_CONTENT]));
    assert_eq!(
        message,
        "assertion failed: `404_u16` is not `[status::HTTP_200_OK, status::HTTP_204_NO_CONTENT]`\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: one of 200 OK, 204 No Content"
    );
    // A borrowed array or a slice says the same.
    let listed = "expected: one of 200 OK, 204 No Content";
    let message = failure(|| assert_status!(404_u16, &[200, 204]));
    assert!(message.ends_with(listed), "{message}");
    let codes: Vec<u16> = [200, 204].to_vec();
    let message = failure(AssertUnwindSafe(|| assert_status!(404_u16, &codes[..])));
    assert!(message.ends_with(listed), "{message}");
    let message = failure(AssertUnwindSafe(|| {
        assert_status!(404_u16, codes.as_slice())
    }));
    assert!(message.ends_with(listed), "{message}");
    let empty: [u16; 0] = [];
    let message = failure(|| assert_status!(200_u16, empty));
    assert!(
        message.ends_with("expected: one of no codes (the list is empty)"),
        "{message}"
    );
}

#[test]
fn a_range_that_is_not_met_says_its_ends() {
    let message = failure(|| assert_status!(404_u16, 200..=204));
    assert!(
        message.ends_with("\nexpected: 200..=204 (200 OK to 204 No Content)"),
        "{message}"
    );
    let message = failure(|| assert_status!(404_u16, 200..300));
    assert!(
        message.ends_with("\nexpected: 200..300 (200 OK to 299 (2xx code without a constant))"),
        "{message}"
    );
    let message = failure(|| assert_status!(404_u16, 300..300));
    assert!(
        message.ends_with("\nexpected: 300..300 (an empty range)"),
        "{message}"
    );
}

#[test]
fn a_reference_to_a_code_is_read_as_the_code() {
    let message = failure(|| assert_status!(404_u16, &HTTP_201_CREATED));
    assert!(
        message.ends_with("\nexpected: 201 Created (HTTP_201_CREATED)"),
        "{message}"
    );
}

/// An expectation of the tests' own that is neither `Copy` nor `Clone`.
struct OneOf(Vec<u16>);

impl http_status::assert::Expectation<OneOf> for OneOf {
    fn admits(&self, code: u16) -> bool {
        self.0.contains(&code)
    }

    fn explain(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "one of {:?}", self.0)
    }
}

#[test]
fn an_expectation_can_be_used_again_after_the_assertion() {
    let allowed: Vec<u16> = [200, 201].to_vec();
    // A closure that owns a Vec is not Copy: the macro only borrows it.
    let created_or_ok = move |code| allowed.contains(&code);
    assert_status!(201_u16, created_or_ok);
    assert_status!(200_u16, created_or_ok);
    let own = OneOf(vec![404, 410]);
    assert_status!(404_u16, own);
    assert_status!(410_u16, own);
    assert_eq!(own.0.len(), 2);
}

#[test]
fn a_reference_or_smart_pointer_stands_for_what_it_points_to() {
    let code: u16 = 201;
    let boxed = Box::new(StatusCode(201));
    assert_status!(&&code, HTTP_201_CREATED);
    assert_status!(boxed, status::is_success);
    assert_status!(&boxed, StatusCode::CREATED);
    assert_status!(code, Box::new(201_u16));
    let allowed: Vec<u16> = [200, 201].to_vec();
    assert_status!(code, allowed);
    let message = failure(AssertUnwindSafe(|| assert_status!(404_u16, allowed)));
    assert!(
        message.ends_with("\nexpected: one of 200 OK, 201 Created"),
        "{message}"
    );
    let own = OneOf(vec![201]);
    assert_status!(code, &own);
    assert_status!(code, &&Class::Successful);
    assert_status!(code, &(200..=204));
}

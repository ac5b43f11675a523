// A user's program, built and run with the `rust-version` by .ci/msrv: the
// assertion macros expand in the user's crate, so every form of both is
// written out here, beside a call of every lookup.

use http_status::status::{self, Class, HTTP_201_CREATED, HTTP_422_UNPROCESSABLE_CONTENT};
use http_status::{assert_status, debug_assert_status};

/// A stand-in for `http::StatusCode`: `Copy`, and converts into `u16`.
#[derive(Clone, Copy)]
pub struct StatusCode(u16);

impl From<StatusCode> for u16 {
    fn from(status: StatusCode) -> u16 {
        status.0
    }
}

const CREATED: StatusCode = StatusCode(201);

impl StatusCode {
    pub const fn new(code: u16) -> StatusCode {
        StatusCode(code)
    }

    pub const fn from_u16(code: u16) -> Result<StatusCode, ()> {
        if code >= 100 && code <= 999 {
            Ok(StatusCode(code))
        } else {
            Err(())
        }
    }
}

/// Both forms of `constants!`, expanded with the `rust-version`.
mod typed {
    http_status::constants!(super::StatusCode, super::StatusCode::new);
}
mod tried {
    http_status::constants!(super::StatusCode, try super::StatusCode::from_u16);
}
const TYPED: StatusCode = typed::HTTP_201_CREATED;

fn main() {
    let code: u16 = 201;
    let status = StatusCode(201);
    assert_status!(code, HTTP_201_CREATED);
    assert_status!(code, 201);
    assert_status!(code, 201,);
    assert_status!(code, 201, "literal and message {}", 1);
    assert_status!(&code, status::is_success);
    assert_status!(status, CREATED);
    assert_status!(&status, CREATED, "borrowed {}", "status");
    assert_status!(status, Class::Successful);
    assert_status!(status, |code| code == 201);
    assert_status!(code, status::is_success, "message {}", 2);
    assert_status!(code, 200..=204);
    assert_status!(code, 200..300);
    assert_status!(code, [200, 201]);
    assert_status!(code, &[HTTP_201_CREATED][..]);
    assert_status!(code, &HTTP_201_CREATED);
    assert_status!(status, &CREATED);
    assert_status!(TYPED, tried::HTTP_201_CREATED);
    assert_status!(typed::HTTP_422_UNPROCESSABLE_CONTENT, 422);
    let reused = move |code| code == status.0;
    assert_status!(code, reused);
    assert_status!(code, reused);
    debug_assert_status!(code, HTTP_201_CREATED);
    debug_assert_status!(&status, status::is_success, "debug {}", 3);

    // The failure is expected: keep its message out of the log.
    std::panic::set_hook(Box::new(|_| {}));
    let failed = std::panic::catch_unwind(|| assert_status!(422_u16, status::is_success));
    drop(std::panic::take_hook());
    let message = *failed.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("HTTP_422_UNPROCESSABLE_CONTENT"), "{}", message);

    assert_eq!(status::reason_phrase(404), Some("Not Found"));
    assert_eq!(status::name(404), Some("HTTP_404_NOT_FOUND"));
    assert_eq!(status::alias(422), Some("HTTP_422_UNPROCESSABLE_CONTENT"));
    assert_eq!(status::from_name("HTTP_404_NOT_FOUND"), Some(404));
    assert_eq!(status::from_phrase("not found"), Some(404));
    assert_eq!(status::from_phrase("Request-URI Too Large."), Some(414));
    assert_eq!(status::unregistered(499).map(|u| u.phrase), Some("client closed request"));
    assert_eq!(
        format!("{:#}", status::describe(499)),
        "499 (unassigned 4xx code; nginx: client closed request)"
    );
    assert_eq!(status::class(404), Some(Class::ClientError));
    assert_eq!(status::reference(404).map(|r| r.rfc()), Some(9110));
    assert_eq!(
        format!("{:#}", status::describe(HTTP_422_UNPROCESSABLE_CONTENT)),
        "422 Unprocessable Content (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)"
    );
    assert!(status::cannot_have_content(204) && status::is_heuristically_cacheable(404));
    println!("msrv: a user's program with every form of both macros ran");
}

// A user's program with a module that `constants!` made for a status type
// that does not convert into `u16`, as Rocket's does not, and values that
// are no status: the errors also name the type the module reads, and no
// plumbing of the crate. .ci/diagnostics compares them with
// expected_read_code.txt.
use http_status::assert_status;

#[derive(Clone, Copy)]
pub struct Status {
    pub code: u16,
}

impl Status {
    pub const fn new(code: u16) -> Status {
        Status { code }
    }
}

mod status {
    http_status::constants!(super::Status, super::Status::new, |status| status.code);
}

fn main() {
    let code: i64 = 200;
    assert_status!(code, status::HTTP_200_OK);
    assert_status!(Status::new(200), code);
}

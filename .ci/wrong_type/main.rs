// A user's program with values that are no status, which must not build:
// .ci/diagnostics compares its errors, whole, with expected.txt.
use http_status::assert_status;

fn main() {
    // A status read from a JSON body as a signed integer.
    let code: i64 = 200;
    assert_status!(code, 200);
    // A predicate's answer where its code belongs.
    assert_status!(true, 200);
    // A whole response where its status belongs.
    let res = http::Response::new(());
    assert_status!(res, 200);
    // The same integer as what is expected.
    assert_status!(200_u16, code);
}

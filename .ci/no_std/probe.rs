// A `no_std` static library that calls the crate. It defines its own panic
// handler, so it builds only if the crate brings in neither `std` (whose
// handler would clash) nor an allocator (none is defined here).
#![no_std]

use core::fmt::Write;
use http_status::{assert_status, status};

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

/// Counts what `describe` writes, with no buffer to allocate.
struct Count(usize);

impl Write for Count {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        self.0 += text.len();
        Ok(())
    }
}

#[no_mangle]
pub extern "C" fn probe(code: u16) -> usize {
    assert_status!(code, status::Class::ClientError, "probe {}", code);
    let phrase = status::reason_phrase(code).map_or(0, str::len);
    let named = status::name(code).and_then(status::from_name).is_some();
    let by_phrase = status::reason_phrase(code).and_then(status::from_phrase);
    let rfc = status::reference(code).map_or(0, |reference| reference.rfc());
    let mut written = Count(0);
    let _ = write!(written, "{:#}", status::describe(code));
    phrase
        + usize::from(named)
        + usize::from(by_phrase.is_some())
        + usize::from(rfc)
        + written.0
        + usize::from(status::cannot_have_content(code))
        + usize::from(status::is_heuristically_cacheable(code))
}

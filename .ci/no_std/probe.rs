// A `no_std` static library that calls the crate. It defines its own panic
// handler, so it builds only if the crate brings in neither `std` (whose
// handler would clash) nor an allocator (none is defined here).
#![no_std]

use http_status::status;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[no_mangle]
pub extern "C" fn probe(code: u16) -> usize {
    let phrase = status::reason_phrase(code).map_or(0, str::len);
    let named = status::name(code).and_then(status::from_name).is_some();
    phrase + usize::from(named) + usize::from(status::is_error(code))
}

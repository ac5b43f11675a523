//! A passing assertion allocates nothing: counted by a global allocator,
//! on this test's own thread.

use http_status_rules::{assert_conforms, assert_conforms_strictly, violations};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn allocations(run: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    run();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn a_passing_assertion_and_violations_allocate_nothing() {
    let fields = ["Allow", "Content-Type"];
    assert_eq!(allocations(|| assert_conforms(405, "GET", fields, true)), 0);
    assert_eq!(
        allocations(|| assert_conforms_strictly(404, "GET", fields, true)),
        0
    );
    assert_eq!(
        allocations(|| assert_eq!(violations(204, "PUT", ["Content-Length"], false).count(), 1)),
        0
    );
    // The counter counts: a Vec allocates.
    assert_eq!(allocations(|| drop(vec![1u8])), 1);
}

//! The global allocator: mimalloc, called as Rust's own `System` allocator
//! calls `malloc`: plainly when every block already has the alignment asked.
//!
//! Answering a question makes a few hundred small allocations, so their
//! cost is a large share of an answer. The `mimalloc` crate's allocator
//! passes every request to `mi_malloc_aligned`, whose checks come on top of
//! the allocation; a request whose alignment `mi_malloc` always gives goes
//! straight to it here (an answer takes 2% fewer
//! instructions; see docs/speed-history.md). Larger alignments take
//! the aligned calls.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every block of `mi_malloc` has: a machine word. (Blocks
/// of 16 bytes and more are aligned to 16 as well, but only by how
/// mimalloc sizes its bins; a word is what it promises.)
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

/// Whether `mi_malloc` alone aligns a block of `layout`: nearly every
/// request (strings, vectors of words and numbers) is word-aligned or less.
fn plain(layout: &Layout) -> bool {
    layout.align() <= WORD_ALIGN
}

/// mimalloc, with plain calls for the alignments it gives anyway.
pub struct Allocator;

// SAFETY: every block comes from mimalloc and goes back to it; `mi_free`
// frees blocks of the plain and the aligned calls alike, and a plain call
// is made only for an alignment it always gives (see `plain`).
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(&layout) {
            mi::mi_malloc(layout.size()).cast()
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(&layout) {
            mi::mi_zalloc(layout.size()).cast()
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr.cast::<c_void>());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // The block keeps its alignment, which is all `plain` reads.
        if plain(&layout) {
            mi::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_aligned_as_asked_and_keep_their_bytes() {
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 15, 16, 17, 100, 5000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero size; each block is freed once, with its layout.
                unsafe {
                    let p = Allocator.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    p.write_bytes(7, size);
                    let q = Allocator.realloc(p, layout, size * 3);
                    assert_eq!(q as usize % align, 0, "grown: size {size} align {align}");
                    assert!((0..size).all(|i| *q.add(i) == 7));
                    Allocator.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = Allocator.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0);
                    assert!((0..size).all(|i| *z.add(i) == 0));
                    Allocator.dealloc(z, layout);
                }
            }
        }
    }
}

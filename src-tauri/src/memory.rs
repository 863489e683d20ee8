//! The webview's memory. JavaScriptCore frees a page's garbage when its heap has grown enough
//! since the last full collection, and on a computer with 16 GB or more it lets the heap grow
//! to up to three times its size first. Each search draws its rows and drops those of the one
//! before; the rows' nodes are freed only by a full collection, so WebKit's processes grew by
//! ~50 MiB per 100 searches, without end in sight (docs/BENCHMARKS.md, "Memory").
//! JavaScriptCore's small-memory mode (`JSC_forceMiniVMMode`) grows the heap by about a quarter
//! between full collections: the same searches leave WebKit's processes flat. Set for the
//! app's own process before anything starts, so the web process WebKit starts inherits it;
//! a value the person set is kept.

use std::ffi::OsString;

/// JavaScriptCore's option, read from the environment by every process that runs it.
pub const MINI_VM_ENV: &str = "JSC_forceMiniVMMode";

/// The variables to set, and their values: those the environment (`get`) does not set.
pub fn environment(get: impl Fn(&str) -> Option<OsString>) -> Vec<(&'static str, &'static str)> {
    [(MINI_VM_ENV, "true")].into_iter().filter(|(name, _)| get(name).is_none()).collect()
}

/// Sets [`environment`]'s variables. Call first thing in `main`, while no other thread runs.
pub fn prepare() {
    for (name, value) in environment(|name| std::env::var_os(name)) {
        // SAFETY: called at the start of `main`, before the app starts any thread, so nothing
        // reads the environment while it changes.
        #[allow(unsafe_code)]
        unsafe {
            std::env::set_var(name, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_small_memory_mode_is_set_unless_the_person_set_it() {
        assert_eq!(environment(|_| None), vec![(MINI_VM_ENV, "true")]);
        let theirs = |name: &str| (name == MINI_VM_ENV).then(|| OsString::from("false"));
        assert!(environment(theirs).is_empty(), "a value the person set is kept");
    }
}

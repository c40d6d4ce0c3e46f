//! Copying a generated password: kept out of clipboard history where the
//! system allows, and cleared after a short time if it is still there.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

/// How long a copied password stays on the clipboard.
pub const CLEAR_AFTER: Duration = Duration::seconds(30);

/// The clipboard, as far as copying a secret needs it.
pub trait Clipboard {
    /// Puts text on the clipboard, excluded from history and cloud sync
    /// where possible. Returns whether it worked.
    fn set_secret(&mut self, text: &str) -> bool;
    /// What the clipboard holds now.
    fn text(&mut self) -> Option<String>;
    /// Empties the clipboard.
    fn clear(&mut self);
}

/// Remembers a copy, by its hash only, to clear it in time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopiedSecret {
    at: DateTime<Utc>,
    hash: [u8; 32],
}

impl CopiedSecret {
    /// Copies `text` and starts the countdown; `None` when copying failed.
    pub fn copy(
        clipboard: &mut dyn Clipboard,
        text: &str,
        now: DateTime<Utc>,
    ) -> Option<CopiedSecret> {
        clipboard.set_secret(text).then(|| CopiedSecret {
            at: now,
            hash: Sha256::digest(text.as_bytes()).into(),
        })
    }

    /// Whole seconds until the clipboard is cleared.
    pub fn seconds_left(&self, now: DateTime<Utc>) -> i64 {
        (CLEAR_AFTER - (now - self.at)).num_seconds().max(0)
    }

    /// Clears the clipboard once the time is up, but only if it still holds
    /// the copied value (the user may have copied something else since).
    /// Returns `true` when the countdown is over.
    pub fn tick(&self, clipboard: &mut dyn Clipboard, now: DateTime<Utc>) -> bool {
        if now - self.at < CLEAR_AFTER {
            return false;
        }
        let still_ours = clipboard
            .text()
            .is_some_and(|t| <[u8; 32]>::from(Sha256::digest(t.as_bytes())) == self.hash);
        if still_ours {
            clipboard.clear();
        }
        true
    }
}

/// The system clipboard through arboard.
pub struct SystemClipboard(Option<arboard::Clipboard>);

impl SystemClipboard {
    /// Opens the system clipboard; copying is unavailable when it cannot be opened.
    pub fn new() -> SystemClipboard {
        SystemClipboard(arboard::Clipboard::new().ok())
    }
}

impl Default for SystemClipboard {
    fn default() -> Self {
        SystemClipboard::new()
    }
}

impl Clipboard for SystemClipboard {
    fn set_secret(&mut self, text: &str) -> bool {
        let Some(clipboard) = self.0.as_mut() else {
            return false;
        };
        let set = clipboard.set();
        #[cfg(all(
            unix,
            not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
        ))]
        let set = arboard::SetExtLinux::exclude_from_history(set);
        #[cfg(target_os = "windows")]
        let set = arboard::SetExtWindows::exclude_from_cloud(
            arboard::SetExtWindows::exclude_from_history(set),
        );
        #[cfg(target_os = "macos")]
        let set = arboard::SetExtApple::exclude_from_history(set);
        set.text(text.to_owned()).is_ok()
    }

    fn text(&mut self) -> Option<String> {
        self.0.as_mut()?.get_text().ok()
    }

    fn clear(&mut self) {
        if let Some(clipboard) = self.0.as_mut() {
            let _ = clipboard.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};

    #[derive(Default)]
    struct FakeClipboard {
        content: Option<String>,
        excluded_from_history: bool,
    }

    impl Clipboard for FakeClipboard {
        fn set_secret(&mut self, text: &str) -> bool {
            self.content = Some(text.to_owned());
            self.excluded_from_history = true;
            true
        }
        fn text(&mut self) -> Option<String> {
            self.content.clone()
        }
        fn clear(&mut self) {
            self.content = None;
        }
    }

    #[test]
    fn a_copied_password_is_cleared_after_thirty_seconds() {
        let clock = ManualClock::new(Utc::now());
        let mut clipboard = FakeClipboard::default();
        let copy = CopiedSecret::copy(&mut clipboard, "Kellner-Riesen-7", clock.now());
        let copy = copy.unwrap_or_else(|| panic!("copy failed"));
        assert!(clipboard.excluded_from_history);
        assert_eq!(copy.seconds_left(clock.now()), 30);
        clock.advance(Duration::seconds(29));
        assert!(!copy.tick(&mut clipboard, clock.now()));
        assert_eq!(clipboard.content.as_deref(), Some("Kellner-Riesen-7"));
        assert_eq!(copy.seconds_left(clock.now()), 1);
        clock.advance(Duration::seconds(1));
        assert!(copy.tick(&mut clipboard, clock.now()));
        assert_eq!(clipboard.content, None);
    }

    #[test]
    fn something_else_copied_since_is_left_alone() {
        let clock = ManualClock::new(Utc::now());
        let mut clipboard = FakeClipboard::default();
        let copy = CopiedSecret::copy(&mut clipboard, "Kellner-Riesen-7", clock.now());
        let copy = copy.unwrap_or_else(|| panic!("copy failed"));
        clipboard.content = Some("Befund Müller".into());
        clock.advance(CLEAR_AFTER);
        assert!(copy.tick(&mut clipboard, clock.now()));
        assert_eq!(clipboard.content.as_deref(), Some("Befund Müller"));
    }
}

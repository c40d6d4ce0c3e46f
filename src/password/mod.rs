//! Help with new passwords: the system's rule, a strength check that never
//! stores what is typed, suggestions, and copying that cleans up after itself.

pub mod clipboard;
pub mod generate;
pub mod rule;
pub mod strength;

pub use rule::{Failure, PinPattern, Policy, Rule, SecretKind};
pub use strength::{Assessment, Finding, Strength, assess, practice_words};

//! The codes people say on the phone to name a screen or a task.

/// A code said on the phone: a capital letter, a dash and a number, with a
/// further number for a task repeated per device or person ("B-3", "C-1.2").
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Code(String);

impl Code {
    /// Letters the app keeps for its own screens (W welcome, V incident,
    /// P profile and plan, U overview, R review); playbook codes may not use them.
    pub const APP_LETTERS: [char; 5] = ['P', 'R', 'U', 'V', 'W'];

    /// A code as the playbook or the plan writes it.
    pub fn new(code: impl Into<String>) -> Code {
        Code(code.into())
    }

    /// One of the app's own screen codes.
    pub(crate) fn app(letter: char, number: usize) -> Code {
        Code(format!("{letter}-{number}"))
    }

    /// Whether someone typing `typed` means this code, whatever case,
    /// spaces or dashes they use ("b 3" means "B-3").
    pub fn is_meant_by(&self, typed: &str) -> bool {
        let plain = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
                .map(|c| c.to_ascii_uppercase())
                .collect()
        };
        !typed.trim().is_empty() && plain(&self.0) == plain(typed)
    }
}

impl std::ops::Deref for Code {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

//! What the user is typing but has not confirmed yet. Confirmed input
//! becomes an action; drafts never reach the record on their own.

use crate::profile::Profile;

/// Unconfirmed input of the screens.
#[derive(Debug, Default)]
pub struct Drafts {
    /// The name typed on the welcome screen or in the "who is working" menu.
    pub worker: String,
    /// The profile being edited, taken from the record when the profile screen opens.
    pub profile: Option<Profile>,
    /// A staff name being added on the profile screen.
    pub new_person: String,
    /// The reason being typed for "not applicable", with the task it is for.
    pub reason: Option<(String, String)>,
}

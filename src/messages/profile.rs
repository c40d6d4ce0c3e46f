//! Translated names of what the practice profile asks about.

use crate::i18n::Tr;
use crate::t;

/// The name of an answer to a profile question.
pub fn answer_name(tr: &Tr, a: crate::profile::Answer) -> String {
    use crate::profile::Answer;
    match a {
        Answer::Yes => t!(tr, "answer-yes"),
        Answer::No => t!(tr, "answer-no"),
        Answer::DontKnow => t!(tr, "answer-dont-know"),
    }
}

/// What a profile question asks about, in a few words.
pub fn question_name(tr: &Tr, q: crate::profile::Question) -> String {
    use crate::profile::Question;
    match q {
        Question::Account(a) => account_name(tr, a),
        Question::Domain => t!(tr, "question-domain"),
        Question::CardTerminals => t!(tr, "question-card-terminals"),
        Question::CardPinsExposed => t!(tr, "question-card-pins"),
    }
}

/// The name of a Konnektor choice.
pub fn konnektor_name(tr: &Tr, k: crate::profile::KonnektorModel) -> String {
    use crate::profile::KonnektorModel;
    match k {
        KonnektorModel::Unknown => t!(tr, "konnektor-unknown"),
        KonnektorModel::NoTi => t!(tr, "konnektor-no-ti"),
        KonnektorModel::KoCoBox => t!(tr, "konnektor-kocobox"),
        KonnektorModel::Secunet => t!(tr, "konnektor-secunet"),
        KonnektorModel::Rise => t!(tr, "konnektor-rise"),
        KonnektorModel::TiGateway => t!(tr, "konnektor-ti-gateway"),
        KonnektorModel::Other => t!(tr, "konnektor-other"),
    }
}

/// The name of a kind of account.
pub fn account_name(tr: &Tr, a: crate::profile::Account) -> String {
    use crate::profile::Account;
    match a {
        Account::Email => t!(tr, "account-email"),
        Account::Kim => t!(tr, "account-kim"),
        Account::RemoteMaintenance => t!(tr, "account-remote-maintenance"),
        Account::Router => t!(tr, "account-router"),
        Account::OnlineBanking => t!(tr, "account-online-banking"),
        Account::Backup => t!(tr, "account-backup"),
        Account::KvPortal => t!(tr, "account-kv-portal"),
        Account::Website => t!(tr, "account-website"),
        Account::Wifi => t!(tr, "account-wifi"),
        Account::Nas => t!(tr, "account-nas"),
        Account::HomeOffice => t!(tr, "account-home-office"),
        Account::Portals => t!(tr, "account-portals"),
    }
}

/// The name of a kind of device.
pub fn device_kind_name(tr: &Tr, k: crate::profile::DeviceKind) -> String {
    use crate::profile::DeviceKind;
    match k {
        DeviceKind::Workstation => t!(tr, "device-workstation"),
        DeviceKind::Server => t!(tr, "device-server"),
        DeviceKind::CardTerminal => t!(tr, "device-card-terminal"),
    }
}

/// What a profile question is about, as a short topic for the completion
/// record's list of what the practice does not have.
pub fn question_topic(tr: &Tr, q: crate::profile::Question) -> String {
    use crate::profile::Question;
    match q {
        Question::Account(a) => account_name(tr, a),
        Question::Domain => t!(tr, "topic-domain"),
        Question::CardTerminals => t!(tr, "topic-card-terminals"),
        Question::CardPinsExposed => t!(tr, "topic-card-pins"),
    }
}

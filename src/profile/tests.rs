//! The profile: answers, gaps, and reading what older records wrote.

use super::*;

#[test]
fn ids_stay_unique_after_removing_a_device() {
    let mut p = Profile::default();
    let a = p.add_device("Empfang-PC", DeviceKind::Workstation);
    p.devices.clear();
    let b = p.add_device("Labor-PC", DeviceKind::Workstation);
    assert_ne!(a, b);
}

#[test]
fn every_question_starts_as_dont_know() {
    let p = Profile::default();
    for q in Question::all() {
        assert_eq!(p.answer(q), Answer::DontKnow, "{q:?}");
    }
}

#[test]
fn a_listed_card_terminal_answers_the_card_terminal_question() {
    let mut p = Profile::default();
    p.set_answer(Question::CardTerminals, Answer::No);
    assert_eq!(p.answer(Question::CardTerminals), Answer::No);
    p.add_device("ORGA 6141", DeviceKind::CardTerminal);
    assert_eq!(p.answer(Question::CardTerminals), Answer::Yes);
}

#[test]
fn an_older_profile_reads_ticked_as_yes_and_unticked_as_dont_know() {
    let old = r#"{"practice_name":"P","staff":[],"devices":[],"konnektor":"KoCoBox",
        "pvs":"X","accounts":["Email","Wifi"],"card_pins_exposed":false,"next_id":0}"#;
    let p: Profile = serde_json::from_str(old).unwrap_or_default();
    assert_eq!(p.practice_name, "P");
    assert_eq!(p.answer(Question::Account(Account::Email)), Answer::Yes);
    assert_eq!(p.answer(Question::Account(Account::Wifi)), Answer::Yes);
    assert_eq!(
        p.answer(Question::Account(Account::RemoteMaintenance)),
        Answer::DontKnow,
        "an unticked box was never an answer"
    );
    assert_eq!(p.answer(Question::CardPinsExposed), Answer::DontKnow);
    let ticked: Profile = serde_json::from_str(&old.replace("false", "true")).unwrap_or_default();
    assert_eq!(ticked.answer(Question::CardPinsExposed), Answer::Yes);
    let again: Profile =
        serde_json::from_str(&serde_json::to_string(&p).unwrap_or_default()).unwrap_or_default();
    assert_eq!(again, p, "the new form reads back the same");
}

#[test]
fn a_profile_says_which_entries_would_cost_the_plan_a_task() {
    let mut p = Profile::default();
    assert_eq!(
        p.gaps(),
        vec![Gap::NoStaff, Gap::NoWorkstation, Gap::NoCardTerminal]
    );
    p.set_answer(Question::CardTerminals, Answer::No);
    p.add_person("Anna");
    p.add_device("Server", DeviceKind::Server);
    assert_eq!(
        p.gaps(),
        vec![Gap::NoWorkstation],
        "a server is no workstation"
    );
    p.add_device("Empfang-PC", DeviceKind::Workstation);
    assert!(p.gaps().is_empty(), "no card terminals is an answer");
}

#[test]
fn an_older_records_dont_know_konnektor_still_gets_a_konnektor_task() {
    // Before "no TI" was its own answer, "don't know / none" was saved as None.
    let old: KonnektorModel = serde_json::from_str("\"None\"").unwrap_or(KonnektorModel::NoTi);
    assert_eq!(old, KonnektorModel::Unknown);
    assert_eq!(KonnektorModel::default(), KonnektorModel::Unknown);
}

//! The plan: which tasks a profile's answers keep, how repeated tasks are
//! expanded, and the second round after an attack was found.

use super::*;
use crate::playbook::default_playbook;
use crate::profile::{Account, Answer, KonnektorModel, Question};
use crate::record::{EventKind, IncidentFacts, Mark, ReportDecision, Status};
use chrono::TimeZone;

fn practice() -> Profile {
    let mut p = Profile {
        practice_name: "Praxis Dr. Müller".into(),
        konnektor: KonnektorModel::KoCoBox,
        pvs: "MediPlus".into(),
        ..Profile::default()
    };
    for name in ["Empfang-PC", "Labor-PC", "Sprechzimmer-PC"] {
        p.add_device(name, DeviceKind::Workstation);
    }
    p.add_device("Server", DeviceKind::Server);
    p.add_person("Anna");
    p
}

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0)
        .single()
        .unwrap_or_default()
}

#[test]
fn per_device_tasks_are_expanded_with_the_device_name() {
    let playbook = default_playbook();
    let plan = Plan::new(&playbook, &practice());
    let admins: Vec<_> = plan
        .tasks
        .iter()
        .filter(|t| t.id.starts_with("windows-admin@"))
        .collect();
    assert_eq!(admins.len(), 3, "one per workstation");
    assert_eq!(
        admins[0].title(&playbook, Lang::De),
        "Administrator-Passwort von Windows ändern: Empfang-PC"
    );
    assert!(admins[1].code.ends_with(".2"));
}

#[test]
fn only_an_explicit_no_takes_a_task_out_of_the_plan() {
    let playbook = default_playbook();
    let mut profile = practice();
    let plan = Plan::new(&playbook, &profile);
    for id in [
        "email",
        "remote-maintenance",
        "kim",
        "online-banking",
        "card-pins",
    ] {
        let task = plan.task(id);
        assert!(task.is_some(), "{id} is kept while nobody said no");
        assert!(
            task.is_some_and(|t| t.find_out),
            "{id} starts by finding out"
        );
    }
    profile.set_answer(Question::Account(Account::OnlineBanking), Answer::No);
    profile.set_answer(Question::CardPinsExposed, Answer::No);
    profile.set_answer(Question::Account(Account::Email), Answer::Yes);
    let plan = Plan::new(&playbook, &profile);
    assert!(plan.task("online-banking").is_none());
    assert!(plan.task("card-pins").is_none());
    assert!(
        plan.task("email").is_some_and(|t| !t.find_out),
        "yes needs no finding out"
    );
    assert!(
        plan.task("konnektor-secunet").is_none(),
        "another model's task"
    );
}

/// The task every question keeps unless the answer is "no".
fn task_of(question: Question) -> &'static str {
    match question {
        Question::Account(Account::Email) => "email",
        Question::Account(Account::Kim) => "kim",
        Question::Account(Account::RemoteMaintenance) => "remote-maintenance",
        Question::Account(Account::Wifi) => "wifi",
        Question::Account(Account::Nas) => "nas",
        Question::Account(Account::HomeOffice) => "home-office",
        Question::Account(Account::OnlineBanking) => "online-banking",
        Question::Account(Account::KvPortal) => "kv-portal",
        Question::Account(Account::Portals) => "portals",
        Question::Account(Account::Website) => "website",
        Question::Account(Account::Router | Account::Backup) => "router",
        Question::Domain => "windows-domain",
        Question::CardTerminals => "card-terminal-admin",
        Question::CardPinsExposed => "card-pins",
    }
}

#[test]
fn every_combination_of_answers_keeps_each_task_unless_its_answer_is_no() {
    // Every answer to every question the profile asks, in every
    // combination (3^13), each with a Konnektor answer in turn, through the
    // one function that decides what the plan keeps. The card terminal
    // question is asked where none is listed.
    let playbook = default_playbook();
    let questions: Vec<Question> = Question::all().collect();
    let combinations = 3usize.pow(u32::try_from(questions.len()).unwrap_or(0));
    let mut base = practice();
    base.devices.retain(|d| d.kind != DeviceKind::CardTerminal);
    let index = |id: &str| {
        playbook
            .tasks
            .iter()
            .position(|t| t.id == id)
            .unwrap_or(usize::MAX)
    };
    let always: Vec<usize> = [
        "pvs-admin",
        "pvs-service-accounts",
        "pvs-user",
        "router",
        "backup",
    ]
    .map(index)
    .to_vec();
    let (admin, domain) = (index("windows-admin"), index("windows-domain"));
    let task_index: Vec<usize> = questions.iter().map(|q| index(task_of(*q))).collect();
    let mut profile = base;
    let mut kept: Vec<Option<bool>> = vec![None; playbook.tasks.len()];
    let mut checked = 0;
    for n in 0..combinations {
        profile.konnektor = KonnektorModel::ALL[n % KonnektorModel::ALL.len()];
        // Counting in base 3: only the digits that roll over change.
        let mut rest = n;
        for q in &questions {
            profile.set_answer(*q, Answer::ALL[rest % 3]);
            if rest % 3 != 0 {
                break;
            }
            rest /= 3;
        }
        kept.fill(None);
        let mut konnektor = false;
        for s in Plan::selection(&playbook, &profile, false) {
            kept[s.template] = Some(s.unsure);
            konnektor |= playbook.tasks[s.template].id.starts_with("konnektor-");
        }
        for (q, at) in questions.iter().zip(&task_index) {
            let id = task_of(*q);
            let found = kept[*at];
            match profile.answer(*q) {
                Answer::No => assert_eq!(found, None, "{id} stays after a no: {profile:?}"),
                Answer::Yes => assert!(found.is_some(), "{id} lost after a yes"),
                Answer::DontKnow => assert_eq!(found, Some(true), "{id}: {profile:?}"),
            }
        }
        // What no answer can take away.
        assert!(always.iter().all(|i| kept[*i].is_some()), "{profile:?}");
        assert!(
            kept[admin].is_some() || kept[domain].is_some(),
            "Windows administrators"
        );
        assert_eq!(
            konnektor,
            profile.konnektor != KonnektorModel::NoTi,
            "only a practice without TI has no Konnektor task"
        );
        checked += 1;
    }
    assert_eq!(checked, 1_594_323);
}

#[test]
fn a_domain_moves_the_administrators_to_the_it_support_companys_task() {
    let playbook = default_playbook();
    let mut profile = practice();
    let count = |p: &Profile, id: &str| {
        Plan::new(&playbook, p)
            .tasks
            .iter()
            .filter(|t| t.id.template() == id)
            .count()
    };
    assert_eq!(
        count(&profile, "windows-admin"),
        3,
        "don't know: both, to find out"
    );
    assert_eq!(count(&profile, "windows-domain"), 1);
    profile.set_answer(Question::Domain, Answer::Yes);
    assert_eq!(
        count(&profile, "windows-admin"),
        0,
        "a domain's admins are the IT's"
    );
    assert_eq!(count(&profile, "windows-domain"), 1);
    profile.set_answer(Question::Domain, Answer::No);
    assert_eq!(count(&profile, "windows-admin"), 3);
    assert_eq!(count(&profile, "windows-domain"), 0);
    assert_eq!(
        count(&profile, "server-admin"),
        1,
        "the server has its own task"
    );
}

#[test]
fn an_empty_list_keeps_one_task_to_find_out_instead_of_none() {
    let playbook = default_playbook();
    let mut profile = practice();
    profile
        .devices
        .retain(|d| d.kind == DeviceKind::Workstation);
    profile.staff.clear();
    let plan = Plan::new(&playbook, &profile);
    for id in [
        "server-admin",
        "card-terminal-admin",
        "windows-logon-person",
        "pvs-user",
    ] {
        let task = plan.task(id);
        assert!(
            task.is_some_and(|t| t.find_out && t.subject.is_none()),
            "{id}"
        );
    }
    profile.set_answer(Question::CardTerminals, Answer::No);
    assert!(
        Plan::new(&playbook, &profile)
            .task("card-terminal-admin")
            .is_none()
    );
}

#[test]
fn windows_sign_ins_are_one_task_per_person_not_per_computer() {
    let playbook = default_playbook();
    let mut profile = practice();
    profile.add_person("Ben");
    let plan = Plan::new(&playbook, &profile);
    let people: Vec<_> = plan
        .tasks
        .iter()
        .filter(|t| t.id.template() == "windows-logon-person")
        .map(|t| t.subject.clone().unwrap_or_default())
        .collect();
    assert_eq!(people, vec!["Anna", "Ben"]);
}

#[test]
fn renaming_a_device_keeps_its_task_id() {
    let playbook = default_playbook();
    let mut profile = practice();
    let before = Plan::new(&playbook, &profile);
    profile.devices[0].name = "Anmeldung".into();
    let after = Plan::new(&playbook, &profile);
    assert_eq!(before.tasks.len(), after.tasks.len());
    let id = &before
        .tasks
        .iter()
        .find(|t| t.subject.as_deref() == Some("Empfang-PC"))
        .map(|t| t.id.clone());
    let renamed = after.task(id.as_deref().unwrap_or_default());
    assert_eq!(
        renamed.and_then(|t| t.subject.as_deref()),
        Some("Anmeldung")
    );
}

#[test]
fn the_plan_follows_responder_order() {
    let plan = Plan::new(&default_playbook(), &practice());
    assert_eq!(plan.tasks[0].category, Category::Start);
    assert!(
        plan.tasks
            .windows(2)
            .all(|w| w[0].category <= w[1].category)
    );
    assert_eq!(
        plan.tasks.last().map(|t| t.category),
        Some(Category::FollowUp)
    );
}

#[test]
fn dont_know_and_no_ti_are_different_konnektor_answers() {
    let playbook = default_playbook();
    let mut profile = practice();
    profile.konnektor = KonnektorModel::Unknown;
    let plan = Plan::new(&playbook, &profile);
    let task = plan.task("konnektor-unknown");
    assert_eq!(
        task.map(|t| t.template(&playbook).title.de.as_str()),
        Some("Konnektor klären und Passwort ändern lassen")
    );
    profile.konnektor = KonnektorModel::NoTi;
    let plan = Plan::new(&playbook, &profile);
    assert!(!plan.tasks.iter().any(|t| t.id.starts_with("konnektor-")));
}

#[test]
fn the_first_hour_comes_first_and_the_report_decision_does_not_wait_until_last() {
    let playbook = default_playbook();
    let plan = Plan::new(&playbook, &practice());
    let start: Vec<&str> = plan
        .tasks
        .iter()
        .take_while(|t| t.category == Category::Start)
        .map(|t| t.id.as_str())
        .collect();
    for id in [
        "call-it-contact",
        "learned-at",
        "warn-team",
        "backup-offline",
        "report-decision",
    ] {
        assert!(start.contains(&id), "{id} is not at the start: {start:?}");
    }
    assert_eq!(start[0], "call-it-contact");
}

#[test]
fn e_mail_comes_before_the_remote_maintenance_account_it_could_reset() {
    let plan = Plan::new(&default_playbook(), &practice());
    let pos = |id: &str| plan.position(id).unwrap_or(usize::MAX);
    assert!(pos("email") < pos("remote-maintenance"));
}

#[test]
fn a_decision_task_shows_the_recorded_fact_and_nothing_else_settles_it() {
    let playbook = default_playbook();
    let plan = Plan::new(&playbook, &practice());
    let mut record = Record::default();
    let now = at(9);
    let mark = |mark| EventKind::TaskMarked {
        task: "report-decision".into(),
        mark,
        reason: None,
    };
    record.push(now, "Anna", "PC", mark(Mark::Done));
    let status = |r: &Record| {
        plan.states(&playbook, r)
            .get("report-decision")
            .map(|s| s.status)
    };
    assert_eq!(status(&record), None, "a click is no decision");
    record.push(now, "Anna", "PC", mark(Mark::NeedHelp));
    assert_eq!(status(&record), Some(Status::NeedHelp));
    let facts = IncidentFacts {
        report: ReportDecision::NotReported {
            reason: "Anbieter bestätigt: keine Daten der Praxis".into(),
        },
        ..IncidentFacts::default()
    };
    record.push(
        now,
        "Dr. M",
        "PC",
        EventKind::FactsSaved { facts, base: None },
    );
    let state = plan.states(&playbook, &record).remove("report-decision");
    assert_eq!(state.as_ref().map(|s| s.status), Some(Status::Done));
    assert_eq!(state.map(|s| s.by), Some("Dr. M".to_owned()));
}

#[test]
fn codes_are_found_however_they_are_typed() {
    let plan = Plan::new(&default_playbook(), &practice());
    let first = &plan.tasks[0];
    let typed = first.code.to_lowercase().replace('-', " ");
    assert_eq!(plan.by_code(&typed).map(|t| &t.id), Some(&first.id));
}

//! The workspace's problems in plain, translated words, for the window and
//! the command line.

use super::{IoProblem, SheetProblem, Trouble};
use crate::i18n::Tr;
use crate::t;

/// Why the work is only in memory for now.
pub fn save_problem(tr: &Tr, problem: IoProblem) -> String {
    match problem {
        IoProblem::DiskFull => t!(tr, "save-disk-full"),
        IoProblem::NotWritable => t!(tr, "save-not-writable"),
        IoProblem::FolderMissing => t!(tr, "save-folder-missing"),
        IoProblem::Damaged => t!(tr, "save-damaged"),
        IoProblem::Busy => t!(tr, "save-busy"),
        IoProblem::KeyUnusable | IoProblem::KeyStoreRefused | IoProblem::Other => {
            t!(tr, "save-other")
        }
    }
}

/// Why a file could not be read, in plain words.
pub fn read_problem(tr: &Tr, problem: IoProblem) -> String {
    match problem {
        IoProblem::NotWritable => t!(tr, "read-no-permission"),
        IoProblem::Damaged => t!(tr, "read-damaged"),
        IoProblem::FolderMissing => t!(tr, "read-missing"),
        _ => t!(tr, "read-other"),
    }
}

/// Why a certificate was not written, with what to do.
pub fn export_problem(tr: &Tr, problem: IoProblem) -> String {
    match problem {
        IoProblem::NotWritable => t!(tr, "export-not-writable"),
        IoProblem::DiskFull => t!(tr, "export-disk-full"),
        IoProblem::FolderMissing => t!(tr, "export-folder-missing"),
        IoProblem::KeyUnusable => t!(tr, "export-key-unusable"),
        IoProblem::KeyStoreRefused => t!(tr, "export-key-refused"),
        IoProblem::Damaged | IoProblem::Busy | IoProblem::Other => t!(tr, "export-other"),
    }
}

/// What went wrong that the user should know of, with what to do.
pub fn trouble(tr: &Tr, trouble: &Trouble) -> String {
    match trouble {
        Trouble::FollowFailed(problem) => t!(
            tr,
            "trouble-follow-failed",
            reason = save_problem(tr, *problem)
        ),
        Trouble::RecordDamaged => t!(tr, "trouble-record-damaged"),
        Trouble::PendingUnreadable(path) => t!(
            tr,
            "trouble-pending-unreadable",
            file = path.display().to_string()
        ),
        Trouble::Settings(problem) => {
            t!(tr, "trouble-settings", reason = read_problem(tr, *problem))
        }
        Trouble::PendingSetAside(path) => t!(
            tr,
            "trouble-pending-set-aside",
            file = path.display().to_string()
        ),
        Trouble::MoveFailed(problem) => t!(
            tr,
            "trouble-move-failed",
            reason = save_problem(tr, *problem)
        ),
    }
}

/// Why a ticked paper sheet cannot be entered as it is.
pub fn sheet_problem(tr: &Tr, problem: SheetProblem) -> String {
    match problem {
        SheetProblem::NoTicks => t!(tr, "sheet-need-ticks"),
        SheetProblem::NoName => t!(tr, "sheet-need-name"),
        SheetProblem::NoReason => t!(tr, "sheet-need-reason"),
        SheetProblem::InFuture => t!(tr, "sheet-in-future"),
        SheetProblem::BeforeRecord => t!(tr, "sheet-before-record"),
        SheetProblem::NotOneSheet => t!(tr, "sheet-not-one-sheet"),
        SheetProblem::NothingOpen => t!(tr, "sheet-nothing-open"),
        SheetProblem::ReadOnly => t!(tr, "sheet-read-only"),
    }
}

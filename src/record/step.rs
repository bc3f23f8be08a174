//! The guide's steps, as the walkthrough, the next actions and the follow-up data name them. One enum for
//! the pure code and the screens; the route ids (`#/case/<id>/<step>`) are its ids.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Policy,
    Evidence,
    Channel,
    Ticket,
    Progress,
    Dispute,
    Cancel,
    Close,
    File,
    Print,
}

impl Step {
    /// The walkthrough's steps in the seeds' order.
    pub const WALK: [Step; 6] =
        [Step::Policy, Step::Evidence, Step::Channel, Step::Ticket, Step::Progress, Step::Dispute];
    /// Reached from the overview and the step list, outside the numbered walk.
    pub const MORE: [Step; 4] = [Step::Cancel, Step::Close, Step::File, Step::Print];

    pub fn id(self) -> &'static str {
        match self {
            Step::Policy => "policy",
            Step::Evidence => "evidence",
            Step::Channel => "channel",
            Step::Ticket => "ticket",
            Step::Progress => "progress",
            Step::Dispute => "dispute",
            Step::Cancel => "cancel",
            Step::Close => "close",
            Step::File => "file",
            Step::Print => "print",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::WALK.into_iter().chain(Step::MORE).find(|step| step.id() == id)
    }
}

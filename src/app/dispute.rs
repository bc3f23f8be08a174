//! Step 6, 处理争议: the escalation ladder (negotiate, platform intervention, 12315 / consumer
//! association, court), what each rung needs and the draft for it, and the seeds' common problems.

use leptos::prelude::*;

use super::case_fields::{fact_field, no_hint, static_hint};
use super::draft_panel::DraftPanel;
use super::locale::Locale;
use super::widgets::{list_items, Faqs, GuidePoints, GuideTable, PointsSection, StepIntro};
use crate::drafting::Purpose;
use crate::i18n::guide::{FaqId, TableId};
use crate::rules::Channel;

/// The drafts for a rung of the ladder, by where it goes.
fn purposes(channel: Channel) -> &'static [Purpose] {
    match channel {
        Channel::MerchantService => &[Purpose::MerchantFirstMessage, Purpose::MerchantFollowUp, Purpose::RefusalReply],
        Channel::PlatformIntervention => &[Purpose::PlatformIntervention],
        Channel::Complaint12315 | Channel::ConsumerAssociation => {
            &[Purpose::Complaint12315, Purpose::ConsumerAssociation, Purpose::Heimao]
        }
        Channel::PlatformAfterSales => &[Purpose::PlatformTicket],
        Channel::Heimao => &[Purpose::Heimao],
        Channel::Court => &[],
    }
}

#[component]
pub fn DisputeStep() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.guide());
    let rungs = guide.dispute.ladder.iter().map(|rung| {
        let drafts = purposes(rung.channel).iter().map(|purpose| {
            let purpose = *purpose;
            view! {
                <details class="rung-draft">
                    <summary>{ui.show_draft}{ui.colon}{(ui.purpose)(purpose)}</summary>
                    <DraftPanel purpose=purpose />
                </details>
            }
        });
        view! {
            <li class="rung" data-testid=format!("rung-{}", super::choices::id_of(rung.channel))>
                <h3>{rung.title}</h3>
                <p>
                    <strong>{ui.rung_when}{ui.colon}</strong>
                    {rung.when}
                </p>
                <p>
                    <strong>{ui.needs_list_label}{ui.colon}</strong>
                </p>
                <ul>{list_items(rung.needs)}</ul>
                {drafts.collect_view()}
            </li>
        }
    });
    view! {
        <StepIntro pick=|guide| &guide.steps.dispute />
        <section class="dispute-facts">
            {fact_field(
                "refusal_reason",
                |ui| ui.t_refusal_reason,
                |r| &r.facts.refusal_reason,
                |f, v| f.refusal_reason = v,
                no_hint(),
            )}
            {fact_field(
                "merchant_name",
                |ui| ui.t_merchant_name,
                |r| &r.facts.merchant_name,
                |f, v| f.merchant_name = v,
                static_hint(|ui| ui.hint_merchant),
            )}
            {fact_field(
                "merchant_address",
                |ui| ui.t_merchant_address,
                |r| &r.facts.merchant_address,
                |f, v| f.merchant_address = v,
                no_hint(),
            )}
            {fact_field(
                "merchant_region",
                |ui| ui.t_merchant_region,
                |r| &r.facts.merchant_region,
                |f, v| f.merchant_region = v,
                static_hint(|ui| ui.hint_merchant_region),
            )}
        </section>
        <section data-testid="ladder">
            <h2>{ui.ladder_heading}</h2>
            <ol class="ladder">{rungs.collect_view()}</ol>
        </section>
        <PointsSection heading=|ui| ui.problems_heading pick=|guide| guide.dispute.problems testid="dispute-problems" />
        <GuideTable id=TableId::CommonProblems />
        <GuideTable id=TableId::UnsatisfiedOptions />
        <PointsSection heading=|ui| ui.tips_heading pick=|guide| guide.dispute.tips testid="dispute-tips" />
        <GuidePoints pick=|guide| &guide.steps.dispute />
        <Faqs ids=&[FaqId::Refused, FaqId::Unsatisfied] />
    }
}

//! Step 3, 选择渠道: the recommended channel with the alternatives' pros and cons, and the exact taps on
//! the buyer's platform.

use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::evidence::NeedsCase;
use super::locale::Locale;
use super::widgets::{list_items, Faqs, GuidePoints, StepIntro};
use crate::i18n::guide::{ChannelGuide, FaqId};
use crate::rules::Channel;

/// The seeds' first-contact channels (section 三), offered beside the recommendation.
const FIRST_CHANNELS: [Option<Channel>; 5] = [
    Some(Channel::PlatformAfterSales),
    Some(Channel::MerchantService),
    Some(Channel::Complaint12315),
    Some(Channel::Heimao),
    None,
];

#[component]
pub fn ChannelStep() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.guide());
    let ctx = CaseCtx::expect();
    view! {
        <StepIntro pick=|guide| &guide.steps.channel/>
        // The decision changes only when the record does, and nothing on this screen edits it.
        {move || match ctx.decision.with(|decision| decision.as_ref().map(|decision| decision.channel)) {
            None => view! { <NeedsCase/> }.into_any(),
            Some(channel) => {
                view! {
                    <section class="channel recommended" data-testid="channel-recommended">
                        <h2>{ui.channel_recommended}</h2>
                        {guide.channel(channel).map(channel_card)}
                    </section>
                    <ClickPath/>
                    <section data-testid="channel-others">
                        <h2>{ui.channel_others}</h2>
                        <div class="cards">
                            {FIRST_CHANNELS
                                .iter()
                                .filter(|other| **other != Some(channel))
                                .filter_map(|other| guide.channels.iter().find(|guide| guide.channel == *other))
                                .map(channel_card)
                                .collect_view()}
                        </div>
                    </section>
                }
                .into_any()
            }
        }}
        <GuidePoints pick=|guide| &guide.steps.channel/>
        <Faqs ids=&[FaqId::HowToApply, FaqId::ApplyLimit]/>
    }
}

fn channel_card(channel: &ChannelGuide) -> impl IntoView {
    let ui = Locale::expect().ui();
    view! {
        <article class="channel-card">
            <h3>{channel.name}</h3>
            <p>{channel.what}</p>
            <div class="pros-cons">
                <div><h4>{ui.pros_label}</h4><ul>{list_items(channel.pros)}</ul></div>
                <div><h4>{ui.cons_label}</h4><ul>{list_items(channel.cons)}</ul></div>
                <div><h4>{ui.needs_list_label}</h4><ul>{list_items(channel.needs)}</ul></div>
            </div>
        </article>
    }
}

/// The taps on the buyer's platform, e.g. 我的淘宝 -> 已买到的宝贝 -> 申请售后.
#[component]
fn ClickPath() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.guide());
    let ctx = CaseCtx::expect();
    let platform = ctx.platform();
    move || {
        let platform = platform.get()?;
        let path = guide.click_path(platform)?;
        Some(view! {
            <section class="click-path" data-testid="click-path">
                <h2>{(ui.click_path_heading)((ui.platform)(platform))}</h2>
                <ol class="path">{list_items(path.steps)}</ol>
                <ul>{list_items(path.notes)}</ul>
            </section>
        })
    }
}

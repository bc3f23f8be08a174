//! Step 3, 选择渠道: the recommended channel with the alternatives' pros and cons, and the exact taps on
//! the buyer's platform.

use leptos::prelude::*;

use super::case_view::CaseCtx;
use super::choices::from_id;
use super::evidence::NeedsCase;
use super::locale::Locale;
use super::widgets::{Faqs, GuidePoints, StepIntro};
use crate::i18n::guide::{ChannelGuide, FaqId};
use crate::rules::{Channel, Platform};

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
    let ctx = CaseCtx::expect();
    let recommended = Memo::new(move |_| ctx.decision.with(|decision| decision.as_ref().map(|decision| decision.channel)));
    view! {
        <StepIntro pick=|guide| &guide.steps.channel/>
        {move || match recommended.get() {
            None => view! { <NeedsCase/> }.into_any(),
            Some(channel) => {
                let guide = locale.guide();
                let ui = locale.ui();
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
    let locale = Locale::expect();
    let ui = locale.ui();
    let list = |items: &[&str]| view! { <ul>{items.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}</ul> };
    view! {
        <article class="channel-card">
            <h3>{channel.name.clone()}</h3>
            <p>{channel.what.clone()}</p>
            <div class="pros-cons">
                <div><h4>{ui.pros_label}</h4>{list(&channel.pros)}</div>
                <div><h4>{ui.cons_label}</h4>{list(&channel.cons)}</div>
                <div><h4>{ui.needs_list_label}</h4>{list(&channel.needs)}</div>
            </div>
        </article>
    }
}

/// The taps on the buyer's platform, e.g. 我的淘宝 -> 已买到的宝贝 -> 申请售后.
#[component]
fn ClickPath() -> impl IntoView {
    let locale = Locale::expect();
    let ctx = CaseCtx::expect();
    let platform = Memo::new(move |_| ctx.record.with(|record| from_id::<Platform>(&record.form.platform)));
    move || {
        let ui = locale.ui();
        let platform = platform.get()?;
        let path = locale.guide().click_path(platform)?;
        Some(view! {
            <section class="click-path" data-testid="click-path">
                <h2>{(ui.click_path_heading)((ui.platform)(platform))}</h2>
                <ol class="path">{path.steps.iter().map(|step| view! { <li>{step.clone()}</li> }).collect_view()}</ol>
                <ul>{path.notes.iter().map(|note| view! { <li>{note.clone()}</li> }).collect_view()}</ul>
            </section>
        })
    }
}

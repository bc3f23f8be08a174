//! Step 3, 选择渠道: the recommended channel with the alternatives' pros and cons, the exact taps on the
//! buyer's platform, and the buyer's choice, which the record keeps and the drafts follow.

use leptos::prelude::*;

use super::case_fields::NeedsCase;
use super::case_view::CaseCtx;
use super::choices::{from_id, id_of};
use super::locale::Locale;
use super::route::{Link, Step};
use super::widgets::{list_items, Faqs, GuidePoints, StepIntro};
use crate::drafting::Purpose;
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

/// The channel the buyer said they go with, if they chose one.
pub fn chosen_channel(ctx: CaseCtx) -> Memo<Option<Channel>> {
    Memo::new(move |_| ctx.record.with(|record| from_id::<Channel>(&record.chosen_channel)))
}

#[component]
pub fn ChannelStep() -> impl IntoView {
    let locale = Locale::expect();
    let (ui, guide) = (locale.ui(), locale.guide());
    let ctx = CaseCtx::expect();
    let chosen = chosen_channel(ctx);
    // The decision changes only when the record does, and nothing on this screen edits it.
    let recommended =
        Memo::new(move |_| ctx.decision.with(|decision| decision.as_ref().map(|decision| decision.channel)));
    view! {
        <StepIntro pick=|guide| &guide.steps.channel />
        {move || match recommended.get() {
            None => view! { <NeedsCase /> }.into_any(),
            Some(channel) => {
                view! {
                    <section class="channel recommended" data-testid="channel-recommended">
                        <h2>{ui.channel_recommended}</h2>
                        {guide.channel(channel).map(|card| channel_card(card, chosen, true))}
                    </section>
                    {move || {
                        chosen
                            .get()
                            .map(|chosen| {
                                view! {
                                    <p class="channel-next">
                                        <Link to=ctx.route(Some(Step::Ticket)) testid="channel-next">
                                            {(ui.channel_next)((ui.purpose)(Purpose::first_request(Some(chosen))))}
                                            " →"
                                        </Link>
                                    </p>
                                }
                            })
                    }}
                    <ClickPath />
                    <section data-testid="channel-others">
                        <h2>{ui.channel_others}</h2>
                        <div class="cards">
                            {FIRST_CHANNELS
                                .iter()
                                .filter(|other| **other != Some(channel))
                                .filter_map(|other| guide.channels.iter().find(|guide| guide.channel == *other))
                                .map(|card| channel_card(card, chosen, false))
                                .collect_view()}
                        </div>
                    </section>
                }
                    .into_any()
            }
        }}
        <GuidePoints pick=|guide| &guide.steps.channel />
        <Faqs ids=&[FaqId::HowToApply, FaqId::ApplyLimit] />
    }
}

/// One channel: what it is, its pros and cons (folded for the alternatives), and the button that
/// makes it the buyer's channel.
fn channel_card(card: &'static ChannelGuide, chosen: Memo<Option<Channel>>, open: bool) -> impl IntoView {
    let ui = Locale::expect().ui();
    let ctx = CaseCtx::expect();
    let platform = ctx.platform();
    let is_chosen = move || card.channel.is_some() && chosen.get() == card.channel;
    let choose = move |_| {
        let id = card.channel.map(id_of).unwrap_or_default();
        ctx.update(|record| record.chosen_channel = id);
    };
    let testid = card.channel.map_or("other".to_string(), id_of);
    view! {
        <article class="channel-card" class:chosen=is_chosen data-testid=format!("channel-{testid}")>
            <h3>
                {card.name}
                {move || {
                    is_chosen()
                        .then(|| {
                            view! {
                                <span class="chosen-mark" data-testid="chosen-mark">
                                    " · "
                                    {ui.channel_chosen}
                                </span>
                            }
                        })
                }}
            </h3>
            <p>{card.what}</p>
            <details class="pros-cons-fold" open=open>
                <summary>{ui.pros_label}" / "{ui.cons_label}</summary>
                <div class="pros-cons">
                    <div>
                        <h4>{ui.pros_label}</h4>
                        <ul>{list_items(card.pros)}</ul>
                    </div>
                    <div>
                        <h4>{ui.cons_label}</h4>
                        <ul>{move || list_items(&card.cons_on(platform.get()))}</ul>
                    </div>
                    <div>
                        <h4>{ui.needs_list_label}</h4>
                        <ul>{list_items(card.needs)}</ul>
                    </div>
                </div>
            </details>
            {card
                .channel
                .map(|_| {
                    view! {
                        <button
                            type="button"
                            class="button secondary"
                            data-testid="choose-channel"
                            aria-pressed=move || is_chosen().to_string()
                            on:click=choose
                        >
                            {ui.channel_choose}
                        </button>
                    }
                })}
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

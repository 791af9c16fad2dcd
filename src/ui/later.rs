//! Parts of a page built one browser task after the rest: a component
//! renders its head at once and the heavier part below it in the next
//! task, so mounting a pattern page (three code-and-log columns, ~1,800
//! elements) is several short tasks the browser can paint and take input
//! between, not one long one. Nothing is hidden for longer than a task.

use yew::prelude::*;

use super::browser::next_tick;

/// `false` on the component's first render and `true` from the render a
/// task later; always `true` when `defer` is `false`.
#[hook]
pub fn use_later(defer: bool) -> bool {
    let ready = use_state_eq(|| !defer);
    {
        let ready = ready.clone();
        use_effect_with((), move |()| {
            if !*ready {
                yew::platform::spawn_local(async move {
                    next_tick().await;
                    ready.set(true);
                });
            }
        });
    }
    *ready
}

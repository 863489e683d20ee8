//! `custos company holidays` and `closure-day …`: the working days that deadlines count.

use serde_json::json;

use crate::args::*;
use crate::error::CliResult;
use crate::input::{self};
use crate::output::{self, say};

use super::Ctx;
use super::request::day;

pub(super) fn holidays(ctx: &Ctx, year: Option<i32>) -> CliResult {
    use chrono::Datelike;
    let vault = ctx.open()?;
    let year = year.unwrap_or_else(|| vault.now().year());
    let info = vault.calendar().info(year)?;
    if ctx.json {
        return output::json(&info);
    }
    match (&info.country, info.supported) {
        (Some(c), true) => say!("Public holidays in {c}, {year} (national days only):"),
        (Some(c), false) => say!(
            "Custos has no public holidays for {c}: request deadlines skip weekends and closure days only. \
             Add your holidays as closure days."
        ),
        (None, _) => say!(
            "No country in the company profile: request deadlines skip weekends and closure days only. \
             Set one with: custos company set --country PL"
        ),
    }
    for h in &info.holidays {
        say!("  {}  {}", day(h.date), h.name);
    }
    let closures: Vec<_> = info.closure_days.iter().filter(|c| c.day.year() == year).collect();
    if !closures.is_empty() {
        say!("Closure days of the firm:");
        for c in closures {
            say!("  {}  {}", day(c.day), c.reason.as_deref().unwrap_or(""));
        }
    }
    Ok(())
}

pub(super) fn closure_day(ctx: &Ctx, cmd: ClosureDayCmd) -> CliResult {
    let vault = ctx.open()?;
    let calendar = vault.calendar();
    match cmd {
        ClosureDayCmd::Add { day: d, reason } => {
            let added = calendar.add_closure_day(input::parse_day(&d, "the day")?, reason.as_deref())?;
            if ctx.json {
                return output::json(&added);
            }
            say!("{} is a closure day: request deadlines falling on it move to the next working day.", day(added.day));
            Ok(())
        }
        ClosureDayCmd::Remove { day: d } => {
            let d = input::parse_day(&d, "the day")?;
            calendar.remove_closure_day(d)?;
            if ctx.json {
                return output::json(&json!({ "removed": d }));
            }
            say!("{} is no longer a closure day.", day(d));
            Ok(())
        }
        ClosureDayCmd::List => {
            let days = calendar.closure_days()?;
            if ctx.json {
                return output::json(&days);
            }
            if days.is_empty() {
                say!("No closure days. Add one with: custos company closure-day add YYYY-MM-DD --reason \"…\"");
            }
            for c in &days {
                say!("{}  {}", day(c.day), c.reason.as_deref().unwrap_or(""));
            }
            Ok(())
        }
    }
}

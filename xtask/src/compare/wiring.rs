//! The wire facts of one operation: what its document and `codegen.ini` state against what its
//! builder's code does (which `Operation` it sends, where and under which name each parameter
//! goes, from which argument, `Accept` and `Content-Type`, the error statuses and what `.await`
//! returns).

use std::path::Path;

use super::{Out, matches_return};
use crate::code::{CrateCode, Method};
use crate::codegen::facts::OperationFacts;
use crate::doc::DocOperation;
use crate::names::snake_case;

/// The data file's path, for messages.
pub(super) struct Ini<'a>(pub(super) &'a Path);

/// Checks one operation's wiring; `facts` is its `[operation ..]` section, if any.
pub(super) fn check(
    op: &DocOperation,
    rust: &str,
    method: &Method,
    code: &CrateCode,
    facts: Option<&OperationFacts>,
    ini: &Ini<'_>,
    out: &mut Out<'_>,
) {
    let seed = out.entry.seed;
    let qualified = format!("{}::{rust}", out.entry.api);
    let Some(facts) = facts else {
        out.push(
            seed,
            op.line,
            format!(
                "`{}` has no `[operation {}]` in codegen.ini stating its wire facts",
                op.name, op.name
            ),
            ini.0,
        );
        return;
    };
    let builder_name = method.returns_named.clone().unwrap_or_default();
    let Some(builder) = code.builders.get(&builder_name) else {
        out.push(
            seed,
            op.line,
            format!("`{qualified}` returns `{builder_name}`, which has no `fn request(self)`"),
            &method.file,
        );
        return;
    };
    let file = builder.file.clone();

    // The operation it sends.
    let constant = builder.constant.as_deref().unwrap_or("?");
    match code.operations.iter().find(|(_, c)| c.ident == constant) {
        Some((name, _)) if name == rust => {}
        Some((name, _)) => out.push(
            seed,
            op.line,
            format!("`{builder_name}` sends `Operation` `{constant}` (\"{name}\"), not \"{rust}\""),
            &file,
        ),
        None => out.push(
            seed,
            op.line,
            format!("`{builder_name}::request` starts from no `Operation` constant of the crate"),
            &file,
        ),
    }

    // Each argument fills the builder field of its own name.
    for (field, used) in &method.inits {
        if !used.is_empty() && !used.contains(field) {
            out.push(
                seed,
                op.line,
                format!(
                    "`{qualified}` fills `{builder_name}::{field}` from `{}`",
                    used.join("`, `")
                ),
                &method.file,
            );
        }
    }

    // Parameters: where each goes and under which name.
    let path = op.http.as_ref().map(|(_, p)| p.as_str());
    for param in &op.params {
        let field = snake_case(&param.name);
        let stated = facts
            .params
            .get(&param.name)
            .or_else(|| facts.params.get(&field));
        let Some(stated) = stated.filter(|s| !s.location.is_empty()) else {
            out.push(
                seed,
                param.line,
                format!(
                    "codegen.ini does not say where parameter `{}` of `{}` goes (`{}.in`)",
                    param.name, op.name, param.name
                ),
                ini.0,
            );
            continue;
        };
        let wire_name = stated.wire.clone().unwrap_or_else(|| param.name.clone());
        if let Some(path) = path {
            let placeholder = format!("{{{wire_name}}}");
            if (stated.location == "path") != path.contains(&placeholder) {
                out.push(
                    seed,
                    param.line,
                    format!(
                        "parameter `{}` goes in the {} (codegen.ini line {}), the documented path is `{path}`",
                        param.name, stated.location, stated.line
                    ),
                    ini.0,
                );
            }
        }
        // Every place that sends it (each branch of a helper, `add_fields`) must agree.
        let sends: Vec<_> = builder
            .wires
            .iter()
            .filter(|w| w.field.as_deref() == Some(field.as_str()))
            .collect();
        if sends.is_empty() {
            out.push(
                seed,
                param.line,
                format!(
                    "parameter `{}` is never sent by `{builder_name}::request`",
                    param.name
                ),
                &file,
            );
            continue;
        }
        for sent in sends {
            if sent.location != stated.location {
                out.push(
                    seed,
                    param.line,
                    format!(
                        "parameter `{}` goes in the {} in `{builder_name}::request`, stated {} (codegen.ini line {})",
                        param.name, sent.location, stated.location, stated.line
                    ),
                    &file,
                );
            } else if !matches!(sent.location, "body" | "form")
                && sent.name.as_deref() != Some(wire_name.as_str())
            {
                out.push(
                    seed,
                    param.line,
                    format!(
                        "parameter `{}` is sent as `{}`, documented `{wire_name}`",
                        param.name,
                        sent.name.as_deref().unwrap_or("?")
                    ),
                    &file,
                );
            }
        }
    }
    for (name, stated) in &facts.params {
        if !op
            .params
            .iter()
            .any(|p| p.name == *name || snake_case(&p.name) == *name)
        {
            out.push(
                seed,
                op.line,
                format!(
                    "codegen.ini line {}: `{name}` is not a parameter of `{}`",
                    stated.line, op.name
                ),
                ini.0,
            );
        }
    }
    for sent in &builder.wires {
        let Some(field) = &sent.field else { continue };
        if !op.params.iter().any(|p| snake_case(&p.name) == *field) {
            out.push(
                seed,
                op.line,
                format!(
                    "`{builder_name}::request` sends `{field}` in the {}, which `{}` does not document",
                    sent.location, op.name
                ),
                &file,
            );
        }
    }

    // The operation's rustdoc says when it is sent again, by the rule it is sent under, and
    // shows an example.
    let constant_facts = code.operations.values().find(|c| c.ident == constant);
    // The rule itself is the crate's `codegen.ini`'s.
    if let Some(sent) = constant_facts {
        let stated_rule = facts.repeat.as_ref();
        if sent.repeat.as_deref() != stated_rule.map(|(rule, _)| rule.as_str()) {
            let line = stated_rule.map_or(facts.line, |(_, line)| *line);
            out.push(
                seed,
                op.line,
                format!(
                    "`{constant}` is sent under `Repeat::{}`, stated {} (codegen.ini line {line})",
                    sent.repeat.as_deref().unwrap_or("?"),
                    stated_rule.map_or("nothing".to_string(), |(rule, _)| format!("`{rule}`")),
                ),
                &sent.file,
            );
        }
    }
    if let Some(repeat) = constant_facts.and_then(|c| c.repeat.as_deref()) {
        let named = format!("Repeat::{repeat}");
        let others = ["Once", "IfUnprocessed", "Idempotent"]
            .iter()
            .filter(|r| **r != repeat)
            .any(|r| method.doc_text.contains(&format!("Repeat::{r}")));
        if !method.doc_text.contains(&named) || others {
            out.push(
                seed,
                op.line,
                format!("the doc of `{qualified}` must say when it is sent again: `{named}`, the rule of `{constant}`"),
                &method.file,
            );
        }
    }
    if !method.doc_text.contains("```") {
        out.push(
            seed,
            op.line,
            format!("the doc of `{qualified}` has no example"),
            &method.file,
        );
    }

    // `Accept` and `Content-Type`.
    let sent_accept = code
        .operations
        .values()
        .find(|c| c.ident == constant)
        .and_then(|c| c.accept.clone());
    if let Some(sent_accept) = sent_accept {
        let ok_and_expected = match (&facts.accept, &op.accept) {
            (Some((stated, _)), _) => Some((
                sent_accept == *stated,
                format!("{} (codegen.ini)", stated.as_deref().unwrap_or("none")),
            )),
            (None, Some((listed, _))) => Some((
                match &sent_accept {
                    None => listed.is_empty(),
                    Some(value) => listed.contains(value),
                },
                if listed.is_empty() {
                    "none".to_string()
                } else {
                    listed.join(", ")
                },
            )),
            // Nothing stated anywhere: nothing is sent (what codegen writes).
            (None, None) => Some((
                sent_accept.is_none(),
                "none (neither the document nor codegen.ini names one)".to_string(),
            )),
        };
        if let Some((false, expected)) = ok_and_expected {
            let line = op.accept.as_ref().map_or(op.line, |(_, l)| *l);
            out.push(
                seed,
                line,
                format!(
                    "`{constant}` sends `Accept: {}`, documented {expected}",
                    sent_accept.as_deref().unwrap_or("(none)")
                ),
                &file,
            );
        }
    }
    let sent_type = builder
        .wires
        .iter()
        .find(|w| matches!(w.location, "body" | "form"))
        .and_then(|w| w.content_type);
    let type_ok = match (&facts.content_type, &op.content_type) {
        (Some((stated, _)), _) => Some(sent_type == stated.as_deref()),
        (None, Some((listed, _))) => Some(match sent_type {
            None => listed.is_empty(),
            Some(value) => listed.iter().any(|l| l == value),
        }),
        // Nothing stated anywhere: no body is sent (a body's type must be stated).
        (None, None) => Some(sent_type.is_none()),
    };
    if type_ok == Some(false) {
        let line = op.content_type.as_ref().map_or(op.line, |(_, l)| *l);
        out.push(
            seed,
            line,
            format!(
                "`{builder_name}::request` sends `Content-Type: {}`, documented {}",
                sent_type.unwrap_or("(none)"),
                match (&facts.content_type, &op.content_type) {
                    (Some((stated, _)), _) =>
                        format!("{} (codegen.ini)", stated.as_deref().unwrap_or("none")),
                    (None, Some((listed, _))) if listed.is_empty() => "none".to_string(),
                    (None, Some((listed, _))) => listed.join(", "),
                    (None, None) =>
                        "none (neither the document nor codegen.ini names one)".to_string(),
                }
            ),
            &file,
        );
    }

    // What `.await` returns.
    let error_name = match &builder.awaits {
        None => {
            out.push(
                seed,
                op.line,
                format!("`{builder_name}` has no `IntoFuture` with `Output = Result<T, Error<E>>`"),
                &file,
            );
            format!("{builder_name}Error")
        }
        Some((ty, error)) => {
            if !matches_return(&op.returns, ty) {
                out.push(
                    seed,
                    op.line,
                    format!(
                        "`{builder_name}.await` gives {ty}, documented {}",
                        op.returns
                    ),
                    &file,
                );
            }
            error
                .clone()
                .unwrap_or_else(|| format!("{builder_name}Error"))
        }
    };

    // Documented error statuses.
    let Some((errors, errors_line)) = &facts.errors else {
        out.push(
            seed,
            op.line,
            format!(
                "codegen.ini states no `errors` for `{}` (`errors = none` if there are none)",
                op.name
            ),
            ini.0,
        );
        return;
    };
    if let Some(statuses) = &op.statuses {
        for (status, model, line) in statuses.iter().filter(|(s, ..)| !(200..300).contains(s)) {
            if let (Some(model), Some((_, stated))) =
                (model, errors.iter().find(|(s, _)| s == status))
            {
                if model != stated {
                    out.push(
                        seed,
                        *line,
                        format!("status {status} of `{}` is documented with `{model}`, codegen.ini says `{stated}`", op.name),
                        ini.0,
                    );
                }
            }
            if !errors.iter().any(|(s, _)| s == status) {
                out.push(
                    seed,
                    *line,
                    format!(
                        "documented status {status} of `{}` is not in codegen.ini's `errors`",
                        op.name
                    ),
                    ini.0,
                );
            }
        }
        for (status, _) in errors {
            if !statuses.iter().any(|(s, ..)| s == status) {
                out.push(
                    seed,
                    op.line,
                    format!(
                        "codegen.ini line {errors_line}: status {status} of `{}` is not in the document's response details",
                        op.name
                    ),
                    ini.0,
                );
            }
        }
    }
    // The rustdoc names exactly the documented statuses' variants.
    let documented_variants: Vec<String> =
        errors.iter().map(|(s, _)| format!("Status{s}")).collect();
    for variant in &documented_variants {
        if !method
            .doc_text
            .contains(&format!("{error_name}::{variant}"))
        {
            out.push(
                seed,
                op.line,
                format!("the doc of `{qualified}` does not name the documented status `{error_name}::{variant}`"),
                &method.file,
            );
        }
    }
    for (at, _) in method
        .doc_text
        .match_indices(&format!("{error_name}::Status"))
    {
        let rest = &method.doc_text[at + error_name.len() + 2..];
        let named: String = rest
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if !documented_variants.contains(&named) {
            out.push(
                seed,
                op.line,
                format!("the doc of `{qualified}` names `{error_name}::{named}`, not a documented status"),
                &method.file,
            );
        }
    }
    let Some(entity) = code.error_enums.get(&error_name) else {
        out.push(
            seed,
            op.line,
            format!("`{builder_name}`'s error type `{error_name}` is not an enum of the crate"),
            &file,
        );
        return;
    };
    let entity_file = entity.file.clone();
    for (status, model) in errors {
        match entity.variants.iter().find(|(s, _)| s == status) {
            None => out.push(
                seed,
                op.line,
                format!(
                    "`{error_name}` has no `Status{status}({model})` for documented status {status} (codegen.ini line {errors_line})"
                ),
                &entity_file,
            ),
            Some((_, got)) if got.as_deref() != Some(model.as_str()) => out.push(
                seed,
                op.line,
                format!(
                    "`{error_name}::Status{status}` holds `{}`, documented `{model}`",
                    got.as_deref().unwrap_or("nothing")
                ),
                &entity_file,
            ),
            Some(_) => {}
        }
        let variant = format!("Status{status}");
        if !entity
            .arms
            .iter()
            .any(|(s, v)| s == status && *v == variant)
        {
            out.push(
                seed,
                op.line,
                format!(
                    "`{error_name}::from_response` does not decode status {status} as `{variant}`"
                ),
                &entity_file,
            );
        }
    }
    for (status, _) in &entity.variants {
        if !errors.iter().any(|(s, _)| s == status) {
            out.push(
                seed,
                op.line,
                format!(
                    "`{error_name}::Status{status}` is not a documented status of `{}`",
                    op.name
                ),
                &entity_file,
            );
        }
    }
    for (status, variant) in &entity.arms {
        if !errors.iter().any(|(s, _)| s == status) {
            out.push(
                seed,
                op.line,
                format!(
                    "`{error_name}::from_response` decodes status {status} (as `{variant}`), not a documented status of `{}`",
                    op.name
                ),
                &entity_file,
            );
        }
    }
}

//! `cargo xtask check-links [--root <dir>]`: every relative link of every `*.md` in the
//! repository names a file that exists (and a heading, when it has a `#anchor` into Markdown),
//! and no link points at docs.rs for a crate of this workspace in a version that is not
//! published. READMEs are also crate docs, where the same labels resolve as intra-doc links
//! (checked by `cargo doc` with `-D warnings`); what GitHub and crates.io show is checked here.
//!
//! `docs/` is skipped: the vendors' documents are kept verbatim, their links included.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Versions of the workspace's crates that docs.rs has: `(package, version)`. A docs.rs link
/// to any other version of a workspace crate (`latest` included) is a link to a 404.
const PUBLISHED: &[(&str, &str)] = &[];

/// Folders never walked: build output, VCS data, vendor documents kept verbatim, fuzz data.
const SKIPPED: &[&str] = &[
    "target",
    ".git",
    "docs",
    "corpus",
    "artifacts",
    "node_modules",
];

/// One broken link: where, and why.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    pub(crate) file: PathBuf,
    pub(crate) line: usize,
    pub(crate) what: String,
}

/// Runs the check on the repository at `root` (default: the workspace) and prints each problem.
pub(crate) fn run(args: &[String], default_root: PathBuf) -> ExitCode {
    let root = match args {
        [] => default_root,
        [flag, dir] if flag == "--root" => PathBuf::from(dir),
        _ => {
            eprintln!("usage: cargo xtask check-links [--root <dir>]");
            return ExitCode::from(2);
        }
    };
    let (files, links, problems) = check(&root);
    for problem in &problems {
        eprintln!(
            "{}:{}: {}",
            problem
                .file
                .strip_prefix(&root)
                .unwrap_or(&problem.file)
                .display(),
            problem.line,
            problem.what
        );
    }
    eprintln!(
        "check-links: {links} links in {files} Markdown files, {} broken",
        problems.len()
    );
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Checks every Markdown file under `root`: (files, links, problems).
pub(crate) fn check(root: &Path) -> (usize, usize, Vec<Problem>) {
    let mut files = Vec::new();
    walk(root, &mut files);
    files.sort();
    let packages = workspace_packages(root);
    let mut anchors: HashMap<PathBuf, BTreeSet<String>> = HashMap::new();
    let mut problems = Vec::new();
    let mut count = 0;
    for file in &files {
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        for (line, dest) in links(&text) {
            count += 1;
            if let Some(what) = judge(file, &dest, &packages, &mut anchors) {
                problems.push(Problem {
                    file: file.clone(),
                    line,
                    what,
                });
            }
        }
    }
    (files.len(), count, problems)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !SKIPPED.contains(&name.as_ref()) {
                walk(&path, out);
            }
        } else if name.ends_with(".md") {
            out.push(path);
        }
    }
}

/// The package names under `crates/`.
fn workspace_packages(root: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let Ok(entries) = fs::read_dir(root.join("crates")) else {
        return names;
    };
    for entry in entries.flatten() {
        let Ok(manifest) = fs::read_to_string(entry.path().join("Cargo.toml")) else {
            continue;
        };
        let name = manifest.lines().find_map(|line| {
            let value = line.trim().strip_prefix("name")?.trim().strip_prefix('=')?;
            Some(value.trim().trim_matches('"').to_string())
        });
        names.extend(name);
    }
    names
}

/// Why `dest`, linked from `file`, is broken, if it is.
fn judge(
    file: &Path,
    dest: &str,
    packages: &BTreeSet<String>,
    anchors: &mut HashMap<PathBuf, BTreeSet<String>>,
) -> Option<String> {
    if let Some(rest) = dest
        .strip_prefix("https://docs.rs/")
        .or_else(|| dest.strip_prefix("http://docs.rs/"))
    {
        let mut parts = rest.split(['/', '#', '?']);
        let krate = parts.next().unwrap_or("");
        let version = parts.next().filter(|v| !v.is_empty()).unwrap_or("latest");
        let published = PUBLISHED
            .iter()
            .any(|&(name, v)| name == krate && (v == version || version == "latest"));
        if packages.contains(krate) && !published {
            return Some(format!(
                "{dest}: docs.rs has no {krate} {version} (not published); link the file \
                 relatively in Markdown, and the item as an intra-doc link in rustdoc"
            ));
        }
        return None;
    }
    if dest.contains("://") || dest.starts_with("mailto:") {
        return None;
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (dest, None),
    };
    let target = if path.is_empty() {
        file.to_path_buf()
    } else {
        file.parent().unwrap_or(Path::new(".")).join(path)
    };
    if !target.exists() {
        return Some(format!("{dest}: no such file"));
    }
    let anchor = anchor.filter(|a| !a.is_empty())?;
    if target.extension().is_none_or(|ext| ext != "md") {
        return None;
    }
    let key = target.canonicalize().unwrap_or(target.clone());
    let slugs = anchors.entry(key).or_insert_with(|| {
        fs::read_to_string(&target)
            .map(|text| headings(&text))
            .unwrap_or_default()
    });
    (!slugs.contains(anchor)).then(|| format!("{dest}: no heading `#{anchor}` in that file"))
}

/// The destinations of the inline links, images and link reference definitions of `text`,
/// with their line numbers, outside code blocks and code spans.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    // A definition cannot interrupt a paragraph: `[x]: y` after text is text.
    let mut may_define = true;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let could_define = std::mem::replace(&mut may_define, trimmed.is_empty());
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            continue;
        }
        let number = index + 1;
        // `[label]: dest` starting a paragraph, or after another definition.
        if let Some(rest) = trimmed.strip_prefix('[').filter(|_| could_define) {
            if let Some((_, after)) = rest.split_once("]:") {
                if let Some(dest) = after.split_whitespace().next() {
                    out.push((number, unbracket(dest).to_string()));
                    may_define = true;
                    continue;
                }
            }
        }
        let plain = without_code_spans(line);
        let mut rest = plain.as_str();
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            let inner = after[..end].trim();
            let dest = inner.split_whitespace().next().unwrap_or("");
            if !dest.is_empty() {
                out.push((number, unbracket(dest).to_string()));
            }
            rest = &after[end..];
        }
    }
    out
}

fn unbracket(dest: &str) -> &str {
    dest.strip_prefix('<')
        .and_then(|d| d.strip_suffix('>'))
        .unwrap_or(dest)
}

/// `line` with every `` `code span` `` blanked, so a link written as code is not one.
fn without_code_spans(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
            out.push(' ');
        } else {
            out.push(if in_code { ' ' } else { c });
        }
    }
    out
}

/// The anchors GitHub gives the headings of `text` (`## Clean builds, per TLS` ->
/// `clean-builds-per-tls`; a repeated heading gets `-1`, `-2`, ...).
fn headings(text: &str) -> BTreeSet<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = BTreeSet::new();
    let mut fenced = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced || !trimmed.starts_with('#') {
            continue;
        }
        let title = trimmed.trim_start_matches('#');
        if !title.starts_with(' ') {
            continue;
        }
        let slug = slug(title.trim());
        let n = seen.entry(slug.clone()).or_insert(0);
        out.insert(if *n == 0 {
            slug.clone()
        } else {
            format!("{slug}-{n}")
        });
        *n += 1;
    }
    out
}

fn slug(title: &str) -> String {
    // A link in a heading counts by its text only.
    let mut text = String::new();
    let mut rest = title;
    while let Some(open) = rest.find("](") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        rest = after.find(')').map_or("", |close| &after[close + 1..]);
    }
    text.push_str(rest);
    text.chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_has_no_broken_link() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let (files, links, problems) = check(&root);
        assert!(files > 5 && links > 20, "{files} files, {links} links");
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_missing_file_heading_or_unpublished_docs_rs_link_fails() {
        let dir = std::env::temp_dir().join(format!("check-links-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("crates/a-crate")).unwrap_or_else(|e| panic!("{e}"));
        let write = |path: &str, text: &str| {
            fs::write(dir.join(path), text).unwrap_or_else(|e| panic!("{e}"));
        };
        write(
            "crates/a-crate/Cargo.toml",
            "[package]\nname = \"a-crate\"\n",
        );
        write("OTHER.md", "# Other\n\n## Clean builds, per `TLS`\n");
        write(
            "README.md",
            "[ok](OTHER.md#clean-builds-per-tls) [gone](GONE.md)\n\
             [bad anchor](OTHER.md#nope) `[code](NOT.md)`\n\
             [text]: after text is text, NOT.md\n\
             \n\
             [`Client`]: https://docs.rs/a-crate/latest/a_crate/struct.Client.html\n\
             [reqwest]: https://docs.rs/reqwest/0.13\n\
             ```\n[fenced](NOT.md)\n```\n",
        );
        let (_, links, problems) = check(&dir);
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(links, 5);
        let lines: Vec<(usize, bool)> = problems
            .iter()
            .map(|p| (p.line, p.what.contains("docs.rs")))
            .collect();
        assert_eq!(lines, [(1, false), (2, false), (5, true)], "{problems:#?}");
    }
}

//! Reads the `#[tauri::command]` functions of `src/commands/*.rs` (with `syn`) and writes
//! what is generated from them: the invoke handler and command table, and the permission set.

use std::fmt::Write as _;
use std::path::Path;

/// One command as the UI calls it.
pub struct Command {
    pub name: String,
    /// The file (domain) it is in: `src/commands/<module>.rs`.
    pub module: String,
    pub doc: String,
    pub params: Vec<Param>,
    pub returns: TsType,
}

/// An argument the UI passes: its name in JavaScript (Tauri's camelCase) and its type.
pub struct Param {
    pub js: String,
    pub ts: TsType,
}

/// A TypeScript type, and the generated bindings it needs.
pub struct TsType {
    pub text: String,
    pub imports: Vec<String>,
}

impl TsType {
    fn plain(text: &str) -> TsType {
        TsType { text: text.to_owned(), imports: Vec::new() }
    }
}

/// Every command of the domain files in `dir`, by file then in the order written.
pub fn scan(dir: &Path) -> Result<Vec<Command>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs") && p.file_stem().is_some_and(|s| s != "mod"))
        .collect();
    files.sort();
    let mut commands: Vec<Command> = Vec::new();
    for path in files {
        let module = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let file = syn::parse_file(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for item in file.items {
            let syn::Item::Fn(f) = item else { continue };
            if !f.attrs.iter().any(is_command) {
                continue;
            }
            let name = f.sig.ident.to_string();
            let at = |what: String| format!("{}: command `{name}`: {what}", path.display());
            let mut params = Vec::new();
            for input in &f.sig.inputs {
                let syn::FnArg::Typed(arg) = input else { return Err(at("takes self".into())) };
                if is_injected(&arg.ty) {
                    continue;
                }
                let syn::Pat::Ident(ident) = &*arg.pat else {
                    return Err(at("an argument is not a plain name".into()));
                };
                params.push(Param { js: camel_case(&ident.ident.to_string()), ts: ts_type(&arg.ty).map_err(at)? });
            }
            let returns = match &f.sig.output {
                syn::ReturnType::Type(_, ty) => reply_of(ty).ok_or_else(|| at("must return Reply<T>".into()))?,
                syn::ReturnType::Default => return Err(at("must return Reply<T>".into())),
            };
            let returns = ts_type(returns).map_err(at)?;
            if commands.iter().any(|c| c.name == name) {
                return Err(at("is defined twice".into()));
            }
            commands.push(Command { name, module: module.clone(), doc: doc_of(&f.attrs), params, returns });
        }
    }
    if commands.is_empty() {
        return Err(format!("no #[tauri::command] functions in {}", dir.display()));
    }
    Ok(commands)
}

fn is_command(attr: &syn::Attribute) -> bool {
    let segments: Vec<String> = attr.path().segments.iter().map(|s| s.ident.to_string()).collect();
    segments == ["tauri", "command"]
}

/// Arguments Tauri supplies itself, not the UI.
fn is_injected(ty: &syn::Type) -> bool {
    last_segment(ty)
        .is_some_and(|s| matches!(s.ident.to_string().as_str(), "State" | "AppHandle" | "Window" | "Webview"))
}

fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last(),
        _ => None,
    }
}

fn generic_types(segment: &syn::PathSegment) -> Vec<&syn::Type> {
    match &segment.arguments {
        syn::PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `T` of `Reply<T>`.
fn reply_of(ty: &syn::Type) -> Option<&syn::Type> {
    let segment = last_segment(ty).filter(|s| s.ident == "Reply")?;
    match generic_types(segment).as_slice() {
        [t] => Some(t),
        _ => None,
    }
}

/// The TypeScript of a Rust type as serde sends it; other named types are ts-rs bindings.
fn ts_type(ty: &syn::Type) -> Result<TsType, String> {
    match ty {
        syn::Type::Reference(r) => ts_type(&r.elem),
        syn::Type::Tuple(t) if t.elems.is_empty() => Ok(TsType::plain("null")),
        syn::Type::Path(_) => {
            let segment = last_segment(ty).ok_or("an empty type path")?;
            let name = segment.ident.to_string();
            match (name.as_str(), generic_types(segment).as_slice()) {
                ("Option", [inner]) => {
                    let inner = ts_type(inner)?;
                    Ok(TsType { text: format!("{} | null", inner.text), imports: inner.imports })
                }
                ("Vec", [inner]) => {
                    let inner = ts_type(inner)?;
                    let text = if inner.text.contains('|') {
                        format!("({})[]", inner.text)
                    } else {
                        format!("{}[]", inner.text)
                    };
                    Ok(TsType { text, imports: inner.imports })
                }
                ("String" | "str" | "PathBuf" | "NaiveDate" | "DateTime", _) => Ok(TsType::plain("string")),
                (
                    "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32" | "f64",
                    [],
                ) => Ok(TsType::plain("number")),
                ("bool", []) => Ok(TsType::plain("boolean")),
                (other, []) => Ok(TsType { text: other.to_owned(), imports: vec![other.to_owned()] }),
                (other, _) => {
                    Err(format!("the generic type {other}<…> has no TypeScript mapping in build/commands.rs"))
                }
            }
        }
        _ => Err("a type with no TypeScript mapping in build/commands.rs".into()),
    }
}

fn doc_of(attrs: &[syn::Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value().trim().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    lines.join(" ")
}

/// `review_on` → `reviewOn`, as Tauri names command arguments in JavaScript.
fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The invoke handler and the command table, included by `src/commands/mod.rs`.
pub fn rust(commands: &[Command]) -> String {
    let mut out = String::from("// Generated by build.rs from the #[tauri::command] functions in src/commands/.\n\n");
    out.push_str("/// The invoke handler: every command of `src/commands/`.\n");
    out.push_str(
        "pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {\n",
    );
    out.push_str("    tauri::generate_handler![\n");
    for c in commands {
        let _ = writeln!(out, "        {}::{},", c.module, c.name);
    }
    out.push_str("    ]\n}\n\n");
    out.push_str("/// Every command as the UI calls it.\npub const COMMANDS: &[CommandSig] = &[\n");
    for c in commands {
        let params: Vec<String> =
            c.params.iter().map(|p| format!("ParamSig {{ js: {:?}, ts: {:?} }}", p.js, p.ts.text)).collect();
        let mut imports: Vec<&str> =
            c.params.iter().flat_map(|p| p.ts.imports.iter()).chain(&c.returns.imports).map(String::as_str).collect();
        imports.sort_unstable();
        imports.dedup();
        let _ = writeln!(
            out,
            "    CommandSig {{ name: {:?}, module: {:?}, doc: {:?}, params: &[{}], returns: {:?}, imports: &{:?} }},",
            c.name,
            c.module,
            c.doc,
            params.join(", "),
            c.returns.text,
            imports
        );
    }
    out.push_str("];\n");
    out
}

/// The permission set the capability grants: `allow-<command>` for each.
pub fn permission_set(commands: &[Command]) -> String {
    let mut out = String::from(
        "# Generated by build.rs from the #[tauri::command] functions in src/commands/.\n\n[[set]]\n\
         identifier = \"custos-commands\"\n\
         description = \"Every command of the Custos app.\"\npermissions = [\n",
    );
    for c in commands {
        let _ = writeln!(out, "  \"allow-{}\",", c.name.replace('_', "-"));
    }
    out.push_str("]\n");
    out
}

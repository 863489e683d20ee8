//! The app's state: the unlocked vault (or none), the user's settings, and the idle clock.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use custos_core::Vault;

use crate::address_book::ImportSessions;
use crate::backups::BackupProgress;
use crate::conversation_files::ConversationFiles;
use crate::ipc::{IpcError, OpenRequest, Settings};
use crate::launch::Requested;
use custos_documents::Language;

/// Shared by every command. The vault sits behind a mutex so that blocking work can run on a
/// worker thread while the UI thread stays free.
#[derive(Debug)]
pub struct AppState {
    vault: Arc<Mutex<Option<Vault>>>,
    last_activity: Mutex<Instant>,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
    /// The retention warnings already announced by a notification, per vault.
    notified_path: PathBuf,
    /// The day retention warnings were last checked for a notification.
    checked_on: Mutex<Option<chrono::NaiveDate>>,
    /// Documents saved in this session: the only files the app offers to open.
    saved: Mutex<std::collections::HashSet<PathBuf>>,
    /// The file of the vault unlocked now (kept apart from the vault, whose lock long work holds).
    unlocked_path: Mutex<Option<PathBuf>>,
    /// A vault file given from outside that the UI has not taken yet (see `launch`).
    open_request: Mutex<Option<Requested>>,
    /// A backup being made, and how far it got (one at a time).
    backup: Mutex<Option<BackupProgress>>,
    /// The address-book files of the import wizard, and the imports of this run.
    imports: ImportSessions,
    /// The files of conversations being imported.
    conversation_files: ConversationFiles,
}

/// Marks a backup as running for as long as it lives (see [`AppState::start_backup`]).
#[derive(Debug)]
pub struct BackupRunning<'a> {
    state: &'a AppState,
}

impl Drop for BackupRunning<'_> {
    fn drop(&mut self) {
        *guard(&self.state.backup) = None;
    }
}

/// The operating system's first language Custos speaks (its locale settings: `LANGUAGE`,
/// `LC_ALL`, `LC_MESSAGES`, `LANG` on Linux), else English.
pub fn system_language() -> Language {
    Language::for_locales(sys_locale::get_locales())
}

fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// Reads the settings from `config_dir` (defaults when missing or unreadable).
    pub fn load(config_dir: &Path) -> AppState {
        let settings_path = config_dir.join("settings.json");
        let settings = std::fs::read(&settings_path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Settings>(&bytes).ok())
            .unwrap_or_default();
        AppState {
            vault: Arc::new(Mutex::new(None)),
            last_activity: Mutex::new(Instant::now()),
            settings: Mutex::new(settings),
            settings_path,
            notified_path: config_dir.join("retention-notified.json"),
            checked_on: Mutex::new(None),
            saved: Mutex::new(Default::default()),
            unlocked_path: Mutex::new(None),
            open_request: Mutex::new(None),
            backup: Mutex::new(None),
            imports: ImportSessions::default(),
            conversation_files: ConversationFiles::default(),
        }
    }

    /// The UI's language: the one chosen on this computer, else the system's.
    pub fn language(&self) -> Language {
        self.settings().language.and_then(|l| l.parse().ok()).unwrap_or_else(system_language)
    }

    pub fn settings(&self) -> Settings {
        guard(&self.settings).clone()
    }

    /// Stores new settings, keeping them within sensible bounds.
    pub fn save_settings(&self, mut settings: Settings) -> Result<Settings, IpcError> {
        settings.auto_lock_minutes = settings.auto_lock_minutes.clamp(1, 240);
        settings.operator = settings.operator.trim().to_owned();
        // A language Custos does not speak is not kept: the system's applies instead.
        settings.language = settings.language.and_then(|l| l.parse::<Language>().ok()).map(|l| l.code().to_owned());
        if let Some(dir) = self.settings_path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| IpcError::internal(format!("cannot create {}: {e}", dir.display())))?;
        }
        let text = serde_json::to_vec_pretty(&settings).map_err(IpcError::internal)?;
        std::fs::write(&self.settings_path, text)
            .map_err(|e| IpcError::internal(format!("cannot save {}: {e}", self.settings_path.display())))?;
        *guard(&self.settings) = settings.clone();
        Ok(settings)
    }

    /// Notes that the user did something: the idle timer starts again.
    pub fn touch(&self) {
        *guard(&self.last_activity) = Instant::now();
    }

    pub fn idle_too_long(&self) -> bool {
        let limit = Duration::from_secs(u64::from(guard(&self.settings).auto_lock_minutes.max(1)) * 60);
        guard(&self.last_activity).elapsed() >= limit
    }

    pub fn is_unlocked(&self) -> bool {
        guard(&self.vault).is_some()
    }

    /// Puts an unlocked vault in place of any other (which is locked first).
    pub fn set_vault(&self, vault: Vault) {
        *guard(&self.unlocked_path) = Some(vault.path().to_owned());
        self.imports.close_all();
        self.conversation_files.close_all();
        if let Some(old) = guard(&self.vault).replace(vault) {
            old.lock();
        }
        // A vault just opened is checked for new retention warnings (see notify).
        *guard(&self.checked_on) = None;
        self.touch();
    }

    /// Locks the vault: it is closed and its passphrase wiped (and the files of the import
    /// wizard dropped). True if one was open.
    pub fn lock_vault(&self) -> bool {
        *guard(&self.unlocked_path) = None;
        self.imports.close_all();
        self.conversation_files.close_all();
        match guard(&self.vault).take() {
            Some(vault) => {
                vault.lock();
                true
            }
            None => false,
        }
    }

    /// The file of the vault unlocked now, if one is.
    pub fn unlocked_path(&self) -> Option<PathBuf> {
        guard(&self.unlocked_path).clone()
    }

    /// The address-book files of the import wizard, and the imports of this run.
    pub fn imports(&self) -> &ImportSessions {
        &self.imports
    }

    /// The files of conversations being imported.
    pub fn conversation_files(&self) -> &ConversationFiles {
        &self.conversation_files
    }

    /// Keeps a file given from outside for the UI (in place of one it has not taken yet).
    pub fn request_open(&self, requested: Requested) {
        *guard(&self.open_request) = Some(requested);
    }

    /// The file given from outside, if any, with what to do with it now; it is given once.
    pub fn take_open_request(&self) -> Option<OpenRequest> {
        let requested = guard(&self.open_request).take()?;
        let unlocked = guard(&self.unlocked_path).clone();
        Some(requested.answer(unlocked.as_deref()))
    }

    /// Where the keys of announced retention warnings are kept (ids and dates, no names).
    pub fn notified_path(&self) -> &Path {
        &self.notified_path
    }

    /// Marks `today` as checked for new warnings; false if it already was.
    pub fn first_check_on(&self, today: chrono::NaiveDate) -> bool {
        guard(&self.checked_on).replace(today) != Some(today)
    }

    /// Marks a backup as running until the returned guard is dropped; `None` if one already is.
    pub fn start_backup(&self) -> Option<BackupRunning<'_>> {
        let mut running = guard(&self.backup);
        if running.is_some() {
            return None;
        }
        *running = Some(BackupProgress { done: 0, total: 0 });
        Some(BackupRunning { state: self })
    }

    pub fn backup_progressed(&self, progress: BackupProgress) {
        let mut running = guard(&self.backup);
        if running.is_some() {
            *running = Some(progress);
        }
    }

    /// How far the running backup got, if one runs.
    pub fn backup_running(&self) -> Option<BackupProgress> {
        *guard(&self.backup)
    }

    /// Takes the unlocked vault out (to replace it, as a restore does); the UI is not told.
    pub fn take_vault(&self) -> Option<Vault> {
        *guard(&self.unlocked_path) = None;
        self.imports.close_all();
        self.conversation_files.close_all();
        guard(&self.vault).take()
    }

    /// Notes that the app saved a document at `path` (so it may be opened).
    pub fn remember_saved(&self, path: &Path) {
        guard(&self.saved).insert(path.to_owned());
    }

    pub fn was_saved(&self, path: &Path) -> bool {
        guard(&self.saved).contains(path)
    }

    /// Like [`with_vault`](Self::with_vault), for work that ends in a document.
    pub async fn with_vault_documents<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Vault) -> custos_documents::Result<T> + Send + 'static,
    {
        self.touch();
        let slot = Arc::clone(&self.vault);
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = guard(&slot);
            let vault = guard.as_mut().ok_or_else(IpcError::locked)?;
            f(vault).map_err(IpcError::from)
        })
        .await
        .map_err(IpcError::internal)?
    }

    /// Runs `f` with the unlocked vault on a worker thread; counts as the user's activity.
    pub async fn with_vault<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Vault) -> custos_core::Result<T> + Send + 'static,
    {
        self.touch();
        self.in_background(f).await
    }

    /// Runs `f` with the unlocked vault on a worker thread without postponing the auto-lock
    /// (for the app's own background checks).
    pub async fn in_background<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Vault) -> custos_core::Result<T> + Send + 'static,
    {
        let slot = Arc::clone(&self.vault);
        tauri::async_runtime::spawn_blocking(move || {
            let mut guard = guard(&slot);
            let vault = guard.as_mut().ok_or_else(IpcError::locked)?;
            f(vault).map_err(IpcError::from)
        })
        .await
        .map_err(IpcError::internal)?
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_language_chosen_is_kept_on_this_computer_and_one_custos_does_not_speak_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::load(dir.path());
        assert_eq!(state.settings().language, None);
        assert_eq!(state.language(), system_language(), "none chosen: the system's");

        let saved = state.save_settings(Settings { language: Some("pl-PL".into()), ..state.settings() }).unwrap();
        assert_eq!(saved.language.as_deref(), Some("pl"));
        let again = AppState::load(dir.path());
        assert_eq!(again.settings().language.as_deref(), Some("pl"), "remembered in the config folder");
        assert_eq!(again.language(), Language::Pl);

        let saved = again.save_settings(Settings { language: Some("klingon".into()), ..again.settings() }).unwrap();
        assert_eq!(saved.language, None);
        assert_eq!(again.language(), system_language());
    }
}

//! The installation's signing key: kept in the operating system's credential
//! store where there is one, otherwise in a key file in the data folder.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ed25519_dalek::SigningKey;
use keyring_core::CredentialStore;

use super::seal::KeySource;
use crate::disk::Disk;

const SERVICE: &str = "Passwort-Lotse";
const ACCOUNT: &str = "certificate-seal-key";
const KEY_FILE: &str = "seal-key.bin";

/// The key that signs certificates, and where it lives.
pub struct SealKey {
    /// The Ed25519 signing key.
    pub signing: SigningKey,
    /// Where it is kept.
    pub source: KeySource,
}

/// Why there is no key to seal with. A key that exists but cannot be used
/// is never replaced by a new one: the installation's fingerprint, which
/// practices compare on the phone, would change for good.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The key file is there but cannot be read.
    #[error("the key file {path} cannot be read: {source}")]
    Unreadable {
        /// The key file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The key file holds something that is not a key.
    #[error("the key file {path} holds {len} bytes, not a key")]
    NotAKey {
        /// The key file.
        path: PathBuf,
        /// How many bytes it holds.
        len: usize,
    },
    /// The credential store refused (locked, an unlock prompt dismissed).
    #[error("the credential store refused: {0}")]
    StoreRefused(keyring_core::Error),
    /// A new key could not be kept.
    #[error("a new key could not be kept in {path}: {source}")]
    NotKept {
        /// The key file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

/// The operating system's credential store, or `None` where there is none
/// (e.g. Linux without a Secret Service).
pub fn platform_store() -> Option<Arc<CredentialStore>> {
    let store = native_store();
    match store {
        Ok(store) => Some(store),
        Err(err) => {
            tracing::info!(%err, "no credential store; the seal key lives in a file");
            None
        }
    }
}

// The kernel keyutils store forgets keys at reboot, so Linux uses the
// Secret Service; Windows and macOS use their native stores.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "macos")]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "windows")]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(not(any(unix, target_os = "windows")))]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "no native store".into(),
    ))
}

/// Reads the installation's key, creating it on first use. A key file
/// (from a time without a credential store) keeps being used, so the
/// installation keeps one fingerprint.
pub fn load_or_create(
    store: Option<&Arc<CredentialStore>>,
    data_dir: &Path,
    disk: &dyn Disk,
) -> Result<SealKey, KeyError> {
    if let Some(key) = existing(store, data_dir, disk)? {
        return Ok(key);
    }
    if let Some(store) = store {
        let signing = SigningKey::generate(&mut rand_core::OsRng);
        let entry = store
            .build(SERVICE, ACCOUNT, None)
            .map_err(KeyError::StoreRefused)?;
        entry
            .set_secret(signing.as_bytes())
            .map_err(KeyError::StoreRefused)?;
        return Ok(SealKey {
            signing,
            source: KeySource::CredentialStore,
        });
    }
    let path = data_dir.join(KEY_FILE);
    let signing = SigningKey::generate(&mut rand_core::OsRng);
    create_key_file(disk, data_dir, &path, signing.as_bytes())?;
    Ok(SealKey {
        signing,
        source: KeySource::KeyFile,
    })
}

/// The installation's key if it has one; never makes one (a check of a
/// record, or the About screen, must not leave a key behind).
pub fn existing(
    store: Option<&Arc<CredentialStore>>,
    data_dir: &Path,
    disk: &dyn Disk,
) -> Result<Option<SealKey>, KeyError> {
    let path = data_dir.join(KEY_FILE);
    match disk.read(&path) {
        Ok(bytes) => {
            let len = bytes.len();
            let key: [u8; 32] = bytes.try_into().map_err(|_| KeyError::NotAKey {
                path: path.clone(),
                len,
            })?;
            return Ok(Some(SealKey {
                signing: SigningKey::from_bytes(&key),
                source: KeySource::KeyFile,
            }));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => return Err(KeyError::Unreadable { path, source }),
    }
    let Some(store) = store else {
        return Ok(None);
    };
    let entry = store
        .build(SERVICE, ACCOUNT, None)
        .map_err(KeyError::StoreRefused)?;
    match entry.get_secret() {
        Ok(secret) => {
            let bytes: [u8; 32] = secret.try_into().map_err(|_| {
                KeyError::StoreRefused(keyring_core::Error::Invalid(
                    "secret".into(),
                    "not 32 bytes".into(),
                ))
            })?;
            Ok(Some(SealKey {
                signing: SigningKey::from_bytes(&bytes),
                source: KeySource::CredentialStore,
            }))
        }
        Err(keyring_core::Error::NoEntry) => Ok(None),
        Err(e) => Err(KeyError::StoreRefused(e)),
    }
}

impl SealKey {
    /// The fingerprint printed on certificates and the key sheet.
    pub fn fingerprint(&self) -> String {
        super::seal::fingerprint_of(&self.public_hex())
    }

    /// The short code of the key.
    pub fn key_code(&self) -> String {
        super::seal::key_code_of(&self.public_hex())
    }

    fn public_hex(&self) -> String {
        super::seal::hex(self.signing.verifying_key().as_bytes())
    }
}

/// Writes a new key file, never over one that exists: the bytes go to a
/// temporary file first, which is renamed only while no key file is there.
fn create_key_file(disk: &dyn Disk, dir: &Path, path: &Path, key: &[u8]) -> Result<(), KeyError> {
    let not_kept = |source| KeyError::NotKept {
        path: path.to_owned(),
        source,
    };
    disk.create_dir_all(dir).map_err(not_kept)?;
    let tmp = dir.join(format!(".{KEY_FILE}.{}.tmp", std::process::id()));
    let _ = disk.remove_file(&tmp);
    let written = disk
        .write_new(&tmp, key)
        .and_then(|()| disk.sync_file(&tmp))
        .and_then(|()| match disk.stamp(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => disk.rename(&tmp, path),
            Err(e) => Err(e),
            Ok(_) => Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists)),
        })
        .and_then(|()| disk.sync_dir(dir));
    if written.is_err() {
        let _ = disk.remove_file(&tmp);
    }
    written.map_err(not_kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disk::RealDisk;

    #[test]
    fn the_key_is_made_once_and_kept_in_the_store() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new()?;
        let first = load_or_create(Some(&store), dir.path(), &RealDisk)?;
        assert_eq!(first.source, KeySource::CredentialStore);
        let again = load_or_create(Some(&store), dir.path(), &RealDisk)?;
        assert_eq!(first.signing.as_bytes(), again.signing.as_bytes());
        assert!(
            !dir.path().join(KEY_FILE).exists(),
            "no key file beside a store"
        );
        Ok(())
    }

    #[test]
    fn without_a_store_the_key_lives_in_a_file() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let first = load_or_create(None, dir.path(), &RealDisk)?;
        assert_eq!(first.source, KeySource::KeyFile);
        let again = load_or_create(None, dir.path(), &RealDisk)?;
        assert_eq!(first.signing.as_bytes(), again.signing.as_bytes());
        Ok(())
    }

    #[test]
    fn b12_a_key_file_that_cannot_be_read_is_never_replaced()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        // Cut short by a failing disk or a copy that stopped half way.
        std::fs::write(dir.path().join(KEY_FILE), [7u8; 10])?;
        let result = load_or_create(None, dir.path(), &RealDisk);
        assert!(result.is_err(), "no new key in place of the old one");
        assert_eq!(std::fs::read(dir.path().join(KEY_FILE))?, [7u8; 10]);
        Ok(())
    }

    #[test]
    fn b12_a_credential_store_that_refuses_stops_the_seal() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new()?;
        let first = load_or_create(Some(&store), dir.path(), &RealDisk)?;
        // The next time, the store refuses (a dismissed unlock prompt).
        let entry = store.build(SERVICE, ACCOUNT, None)?;
        if let Some(mock) = entry.as_any().downcast_ref::<keyring_core::mock::Cred>() {
            mock.set_error(keyring_core::Error::NoStorageAccess(
                std::io::Error::other("locked").into(),
            ));
        }
        let again = load_or_create(Some(&store), dir.path(), &RealDisk);
        assert!(
            again.is_err() || again.is_ok_and(|k| k.signing.as_bytes() == first.signing.as_bytes()),
            "the installation's key is not silently replaced"
        );
        assert!(
            !dir.path().join(KEY_FILE).exists(),
            "no second key in a file"
        );
        Ok(())
    }
}

//! The installation's signing key: kept in the operating system's credential
//! store where there is one, otherwise in a key file in the data folder.

use std::path::Path;
use std::sync::Arc;

use ed25519_dalek::SigningKey;
use keyring_core::CredentialStore;

use super::seal::KeySource;
use crate::files::write_atomic;

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

/// The key could be neither read nor created.
#[derive(Debug, thiserror::Error)]
#[error("the signing key could not be read or created: {0}")]
pub struct KeyError(#[from] std::io::Error);

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

/// Reads the installation's key, creating it on first use.
pub fn load_or_create(
    store: Option<&Arc<CredentialStore>>,
    data_dir: &Path,
) -> Result<SealKey, KeyError> {
    let file = data_dir.join(KEY_FILE);
    // A key file from a time without a credential store keeps being used, so
    // the installation keeps one fingerprint.
    if let Some(key) = read_key_file(&file) {
        return Ok(SealKey {
            signing: key,
            source: KeySource::KeyFile,
        });
    }
    if let Some(store) = store {
        match from_store(store) {
            Ok(signing) => {
                return Ok(SealKey {
                    signing,
                    source: KeySource::CredentialStore,
                });
            }
            Err(err) => tracing::warn!(%err, "credential store unusable; using a key file"),
        }
    }
    let signing = SigningKey::generate(&mut rand_core::OsRng);
    std::fs::create_dir_all(data_dir)?;
    write_atomic(&file, signing.as_bytes())?;
    Ok(SealKey {
        signing,
        source: KeySource::KeyFile,
    })
}

fn read_key_file(path: &Path) -> Option<SigningKey> {
    let bytes: [u8; 32] = std::fs::read(path).ok()?.try_into().ok()?;
    Some(SigningKey::from_bytes(&bytes))
}

fn from_store(store: &Arc<CredentialStore>) -> Result<SigningKey, keyring_core::Error> {
    let entry = store.build(SERVICE, ACCOUNT, None)?;
    match entry.get_secret() {
        Ok(secret) => {
            let bytes: [u8; 32] = secret.try_into().map_err(|_| {
                keyring_core::Error::Invalid("secret".into(), "not 32 bytes".into())
            })?;
            Ok(SigningKey::from_bytes(&bytes))
        }
        Err(keyring_core::Error::NoEntry) => {
            let key = SigningKey::generate(&mut rand_core::OsRng);
            entry.set_secret(key.as_bytes())?;
            Ok(key)
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_and_kept_in_the_store() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new()?;
        let first = load_or_create(Some(&store), dir.path())?;
        assert_eq!(first.source, KeySource::CredentialStore);
        let again = load_or_create(Some(&store), dir.path())?;
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
        let first = load_or_create(None, dir.path())?;
        assert_eq!(first.source, KeySource::KeyFile);
        let again = load_or_create(None, dir.path())?;
        assert_eq!(first.signing.as_bytes(), again.signing.as_bytes());
        Ok(())
    }
}

package org.sanctuary.vault;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key comes from.
 *
 * @param masterKey the master key itself, 32 random bytes in base64 ({@code SANCTUARY_VAULT_MASTERKEY})
 * @param masterKeyFile otherwise, a file holding it, created (readable by its owner only) if absent
 * @param previousMasterKey while rotating the master key: the one before, to re-wrap the office keys
 */
@ConfigurationProperties("sanctuary.vault")
public record VaultProperties(@Nullable String masterKey, @Nullable Path masterKeyFile, @Nullable String previousMasterKey) {}

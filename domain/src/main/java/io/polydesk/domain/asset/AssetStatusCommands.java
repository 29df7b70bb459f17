package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;
import java.util.regex.Pattern;

/** Commands on asset statuses; each checks its own fields, the service checks uniqueness and use. */
public final class AssetStatusCommands {

    static final int KEY_MAX = 32;
    static final int NAME_MAX = 100;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private AssetStatusCommands() {}

    /** A null {@code sortOrder} places the status after every other one. */
    public record CreateAssetStatus(String key, String name, Integer sortOrder) {

        public CreateAssetStatus {
            key = key == null ? null : key.strip();
            name = name == null ? null : name.strip();
            Validation v = new Validation().required(key, "key").maxLength(key, KEY_MAX, "key");
            if (key != null && !key.isEmpty()) {
                v.check(
                        KEY.matcher(key).matches(),
                        "key",
                        "must start with a lower-case letter and hold only a-z, 0-9 and _");
            }
            v.required(name, "name").maxLength(name, NAME_MAX, "name").throwIfInvalid();
        }
    }

    /** Omitted fields stay as they are; the key is the status's stable code and does not change. */
    public record UpdateAssetStatus(long id, Change<String> name, Change<Integer> sortOrder) {

        public UpdateAssetStatus {
            name = name.map(n -> n == null ? null : n.strip());
            Validation v = new Validation();
            if (name.isPresent()) {
                v.required(name.value(), "name").maxLength(name.value(), NAME_MAX, "name");
            }
            v.check(!sortOrder.isPresent() || sortOrder.value() != null, "sortOrder", "must not be null");
            v.throwIfInvalid();
        }
    }
}

package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff write notes on assets; only the author or an administrator may change or delete one. */
@Service
public class AssetNotes {

    private final AssetRepository assets;
    private final StaffAssetAccess access;
    private final Clock clock;

    public AssetNotes(AssetRepository assets, StaffAssetAccess access, Clock clock) {
        this.assets = assets;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public AssetNote addNote(Actor actor, long assetId, String content) {
        access.load(actor, assetId);
        checkNote(content);
        Instant now = now();
        long id = assets.insertNote(new AssetNote(0, assetId, actor.userId(), content, now, now, 0));
        return assets.findNote(id).orElseThrow();
    }

    @Transactional
    public AssetNote editNote(Actor actor, long noteId, String content) {
        AssetNote note = ownNote(actor, noteId);
        checkNote(content);
        if (note.content().equals(content)) {
            return note;
        }
        assets.updateNote(noteId, content, now());
        return assets.findNote(noteId).orElseThrow();
    }

    @Transactional
    public void deleteNote(Actor actor, long noteId) {
        ownNote(actor, noteId);
        assets.deleteNote(noteId);
    }

    private AssetNote ownNote(Actor actor, long noteId) {
        Actor.requireStaff(actor);
        AssetNote note = assets.findNote(noteId).orElseThrow(() -> DomainException.notFound("Asset note", noteId));
        if (!AssetPolicy.canChangeNote(actor, note)) {
            throw DomainException.forbidden("Only the author or an administrator may change a note");
        }
        return note;
    }

    private static void checkNote(String content) {
        new Validation()
                .required(content, "content")
                .maxLength(content, AssetLimits.NOTE, "content")
                .throwIfInvalid();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

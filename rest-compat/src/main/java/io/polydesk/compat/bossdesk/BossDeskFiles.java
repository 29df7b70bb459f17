package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.AttachmentDetail;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The links and keys of Polydesk's stand-in for BOSSDesk's S3 bucket: signed, expiring download links
 * ({@code /files/<id>}), upload policies for {@code /uploads} and the {@code tmp_key} of an uploaded file. Each is
 * bound to the user it was issued to, and acts with that user's visibility.
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskFiles {

    static final String FILES = "/files/";
    private static final String TMP = "uploads/tmp/";

    private final BossDeskSigner signer;
    private final BossDeskDialect dialect;
    private final UserQueries users;
    private final BossDeskUserConverter people;

    BossDeskFiles(BossDeskSigner signer, BossDeskDialect dialect, UserQueries users, BossDeskUserConverter people) {
        this.signer = signer;
        this.dialect = dialect;
        this.users = users;
        this.people = people;
    }

    AttachmentDetail detail(Actor actor, Attachment a) {
        long expires = signer.expiry().getEpochSecond();
        String url = absolute(FILES + a.id())
                + "?user=" + actor.userId() + "&expires=" + expires + "&signature="
                + signer.sign(filePayload(a.id(), actor.userId(), expires));
        User uploader = users.byIds(List.of(a.uploadedBy())).get(a.uploadedBy());
        return new AttachmentDetail(
                a.id(),
                a.fileName(),
                null,
                a.size(),
                url,
                BossDeskFormats.time(a.createdAt()),
                BossDeskFormats.time(a.createdAt()),
                uploader == null ? null : people.toRef(uploader),
                signer.lifetime().toMinutes());
    }

    /** The user a download link was issued to, when its signature holds and it has not expired. */
    Optional<Actor> downloader(long attachmentId, long userId, long expires, String signature) {
        if (!signer.verify(filePayload(attachmentId, userId, expires), signature, expires)) {
            return Optional.empty();
        }
        return activeUser(userId);
    }

    /** An upload policy: who may post a file for which CI, until when; and its signature. */
    String[] policy(Actor actor, long ciId, String nonce) {
        long expires = signer.expiry().getEpochSecond();
        String policy = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        (actor.userId() + ":" + ciId + ":" + expires + ":" + nonce).getBytes(StandardCharsets.UTF_8));
        return new String[] {policy, signer.sign("upload:" + policy), TMP + nonce + "/${filename}"};
    }

    /** The uploader of a posted policy, when it is signed, unexpired and matches the key it came with. */
    Optional<Actor> uploader(String policy, String signature, String key) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(policy), StandardCharsets.UTF_8).split(":");
            long userId = Long.parseLong(parts[0]);
            long expires = Long.parseLong(parts[2]);
            if (key == null || !key.startsWith(TMP + parts[3] + "/")) {
                return Optional.empty();
            }
            return signer.verify("upload:" + policy, signature, expires) ? activeUser(userId) : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The {@code tmp_key} naming an uploaded, still pending attachment of {@code actor}. */
    String tmpKey(Actor actor, Attachment pending) {
        return TMP + pending.id() + "-" + signer.sign("tmp:" + pending.id() + ":" + actor.userId()) + "/"
                + pending.fileName();
    }

    /** The attachment a {@code tmp_key} names, when it was issued to {@code actor}; otherwise 422 on tmp_key. */
    long pendingId(Actor actor, String tmpKey) {
        if (tmpKey != null && tmpKey.startsWith(TMP)) {
            String rest = tmpKey.substring(TMP.length());
            int dash = rest.indexOf('-');
            int slash = rest.indexOf('/');
            if (dash > 0 && slash > dash) {
                try {
                    long id = Long.parseLong(rest.substring(0, dash));
                    String signature = rest.substring(dash + 1, slash);
                    if (signer.sign("tmp:" + id + ":" + actor.userId()).equals(signature)) {
                        return id;
                    }
                } catch (NumberFormatException e) {
                    // falls through to the refusal
                }
            }
        }
        throw DomainException.invalid("tmp_key", BossDeskErrors.INVALID);
    }

    String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(dialect.basePath().value() + path)
                .build()
                .toUriString();
    }

    private Optional<Actor> activeUser(long userId) {
        return users.byId(userId).filter(User::active).map(u -> new Actor(u.id(), u.username(), u.role()));
    }

    private static String filePayload(long attachmentId, long userId, long expires) {
        return "file:" + attachmentId + ":" + userId + ":" + expires;
    }
}

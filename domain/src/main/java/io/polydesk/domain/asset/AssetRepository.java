package io.polydesk.domain.asset;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where assets, their assigned users, tags and notes are kept. */
public interface AssetRepository {

    long insert(Asset asset);

    /**
     * Writes every mutable field and bumps the version, but only if the stored version is still
     * {@code expectedLockVersion}. Answers whether the row was written.
     */
    boolean update(Asset asset, int expectedLockVersion);

    Optional<Asset> findById(long id);

    List<Asset> findByIds(Collection<Long> ids);

    /**
     * Live assets whose name the database's collation deems equal to {@code name} (at least ignoring case), by id,
     * at most {@code limit}: an index lookup, for the caller to narrow to the exact match.
     */
    List<Asset> findLiveByName(String name, int limit);

    List<Asset> search(AssetSearch search);

    long count(AssetCriteria criteria);

    List<AssetUser> usersOf(Collection<Long> assetIds);

    /** Answers false when the user was already assigned. */
    boolean addUser(long assetId, long userId, Instant at);

    /** Answers false when the user was not assigned. */
    boolean removeUser(long assetId, long userId);

    List<AssetTag> tagsOf(Collection<Long> assetIds);

    void replaceTags(long assetId, Collection<Long> tagIds);

    long insertNote(AssetNote note);

    Optional<AssetNote> findNote(long id);

    /** The notes of many assets, oldest first per asset. */
    List<AssetNote> notesOf(Collection<Long> assetIds);

    /** Replaces the content and counts the edit. */
    void updateNote(long id, String content, Instant at);

    void deleteNote(long id);

    /** What one user owns, is assigned and wrote on assets becomes the other user's (a user merge). */
    void moveUser(long sourceUserId, long targetUserId);
}

package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCriteria;
import io.polydesk.domain.asset.AssetNote;
import io.polydesk.domain.asset.AssetRepository;
import io.polydesk.domain.asset.AssetSearch;
import io.polydesk.domain.asset.AssetTag;
import io.polydesk.domain.asset.AssetUser;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Assets, their assigned users, tags and notes. */
@Repository
public class MyBatisAssetRepository implements AssetRepository {

    private final AssetMapper mapper;

    public MyBatisAssetRepository(AssetMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(Asset asset) {
        GeneratedId key = new GeneratedId();
        mapper.insert(asset, key);
        return key.value();
    }

    @Override
    public boolean update(Asset asset, int expectedLockVersion) {
        return mapper.update(asset, expectedLockVersion) == 1;
    }

    @Override
    public Optional<Asset> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<Asset> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Override
    public List<Asset> findLiveByName(String name, int limit) {
        return mapper.findLiveByName(name, limit);
    }

    @Override
    public List<Asset> search(AssetSearch search) {
        if (search.limit() <= 0 || search.criteria().nothing()) {
            return List.of();
        }
        return mapper.search(AssetQuery.page(search));
    }

    @Override
    public long count(AssetCriteria criteria) {
        return criteria.nothing() ? 0 : mapper.count(AssetQuery.count(criteria));
    }

    @Override
    public List<AssetUser> usersOf(Collection<Long> assetIds) {
        return assetIds.isEmpty() ? List.of() : mapper.usersOf(assetIds);
    }

    @Override
    public boolean addUser(long assetId, long userId, Instant at) {
        if (mapper.hasUser(assetId, userId)) {
            return false;
        }
        mapper.insertUser(assetId, userId, at);
        return true;
    }

    @Override
    public boolean removeUser(long assetId, long userId) {
        return mapper.deleteUser(assetId, userId) == 1;
    }

    @Override
    public List<AssetTag> tagsOf(Collection<Long> assetIds) {
        return assetIds.isEmpty()
                ? List.of()
                : mapper.tagsOf(assetIds).stream().map(AssetTagRow::toAssetTag).toList();
    }

    @Override
    public void replaceTags(long assetId, Collection<Long> tagIds) {
        mapper.deleteTags(assetId);
        if (!tagIds.isEmpty()) {
            mapper.insertTags(assetId, new LinkedHashSet<>(tagIds));
        }
    }

    @Override
    public long insertNote(AssetNote note) {
        GeneratedId key = new GeneratedId();
        mapper.insertNote(note, key);
        return key.value();
    }

    @Override
    public Optional<AssetNote> findNote(long id) {
        return Optional.ofNullable(mapper.findNote(id));
    }

    @Override
    public List<AssetNote> notesOf(Collection<Long> assetIds) {
        return assetIds.isEmpty() ? List.of() : mapper.notesOf(assetIds);
    }

    @Override
    public void updateNote(long id, String content, Instant at) {
        mapper.updateNote(id, content, at);
    }

    @Override
    public void deleteNote(long id) {
        mapper.deleteNote(id);
    }

    @Override
    public void moveUser(long sourceUserId, long targetUserId) {
        mapper.moveOwner(sourceUserId, targetUserId);
        mapper.deleteAssignmentsBoth(sourceUserId, targetUserId);
        mapper.moveAssignments(sourceUserId, targetUserId);
        mapper.moveNoteAuthor(sourceUserId, targetUserId);
    }
}

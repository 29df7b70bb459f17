package io.polydesk.persistence.asset;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetNote;
import io.polydesk.domain.asset.AssetUser;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for assets, their users, tags and notes; statements live in {@code AssetMapper.xml}. */
@Mapper
public interface AssetMapper {

    void insert(@Param("asset") Asset asset, @Param("key") GeneratedId key);

    int update(@Param("asset") Asset asset, @Param("expectedLockVersion") int expectedLockVersion);

    Asset findById(@Param("id") long id);

    List<Asset> findByIds(@Param("ids") Collection<Long> ids);

    List<Asset> findLiveByName(@Param("name") String name, @Param("limit") int limit);

    List<Asset> search(@Param("q") AssetQuery query);

    long count(@Param("q") AssetQuery query);

    List<AssetUser> usersOf(@Param("assetIds") Collection<Long> assetIds);

    boolean hasUser(@Param("assetId") long assetId, @Param("userId") long userId);

    void insertUser(@Param("assetId") long assetId, @Param("userId") long userId, @Param("at") Instant at);

    int deleteUser(@Param("assetId") long assetId, @Param("userId") long userId);

    List<AssetTagRow> tagsOf(@Param("assetIds") Collection<Long> assetIds);

    void deleteTags(@Param("assetId") long assetId);

    void insertTags(@Param("assetId") long assetId, @Param("tagIds") Collection<Long> tagIds);

    void insertNote(@Param("note") AssetNote note, @Param("key") GeneratedId key);

    AssetNote findNote(@Param("id") long id);

    List<AssetNote> notesOf(@Param("assetIds") Collection<Long> assetIds);

    void updateNote(@Param("id") long id, @Param("content") String content, @Param("at") Instant at);

    void deleteNote(@Param("id") long id);

    int moveOwner(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int deleteAssignmentsBoth(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int moveAssignments(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int moveNoteAuthor(@Param("source") long sourceUserId, @Param("target") long targetUserId);
}

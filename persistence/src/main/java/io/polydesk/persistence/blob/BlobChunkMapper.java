package io.polydesk.persistence.blob;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code attachment_blobs} and their chunks; statements live in {@code BlobChunkMapper.xml}. */
@Mapper
public interface BlobChunkMapper {

    void insertChunk(@Param("key") String key, @Param("seq") int seq, @Param("content") byte[] content);

    void insertBlob(
            @Param("key") String key,
            @Param("size") long size,
            @Param("sha256") String sha256,
            @Param("chunkCount") int chunkCount);

    /** The number of chunks of a whole blob; null when there is none under the key. */
    Integer chunkCount(@Param("key") String key);

    /** A chunk's bytes, wrapped: MyBatis reads a method returning an array as a list of rows. */
    record Chunk(byte[] content) {}

    Chunk chunk(@Param("key") String key, @Param("seq") int seq);

    int deleteBlob(@Param("key") String key);

    int deleteChunks(@Param("key") String key);
}

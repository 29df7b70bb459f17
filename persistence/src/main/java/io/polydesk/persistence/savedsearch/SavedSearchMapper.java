package io.polydesk.persistence.savedsearch;

import io.polydesk.persistence.support.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SavedSearchMapper {

    void insert(@Param("r") SavedSearchRow row, @Param("key") GeneratedId key);

    void update(@Param("r") SavedSearchRow row);

    void delete(@Param("id") long id);

    SavedSearchRow findById(@Param("id") long id);

    List<SavedSearchRow> listVisible(
            @Param("userId") long userId,
            @Param("ownerClass") String ownerClass,
            @Param("afterName") String afterName,
            @Param("afterId") Long afterId,
            @Param("limit") int limit);

    long countVisible(@Param("userId") long userId, @Param("ownerClass") String ownerClass);
}

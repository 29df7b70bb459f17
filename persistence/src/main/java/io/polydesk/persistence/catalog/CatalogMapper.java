package io.polydesk.persistence.catalog;

import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.catalog.TicketType;
import io.polydesk.persistence.support.GeneratedId;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code ticket_types} and {@code tags}; statements live in {@code CatalogMapper.xml}. */
@Mapper
public interface CatalogMapper {

    TicketType findType(@Param("id") long id);

    List<TicketType> types();

    List<Tag> findTagsByNames(@Param("names") Collection<String> names);

    /** With {@code lock}, a locking read: it sees rows committed after this transaction's snapshot. */
    Tag findTagByName(@Param("name") String name, @Param("lock") boolean lock);

    void insertTag(@Param("name") String name, @Param("key") GeneratedId key);

    List<Tag> tags();
}

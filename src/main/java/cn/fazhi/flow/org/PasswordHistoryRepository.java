package cn.fazhi.flow.org;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {

    /** A user's earlier passwords, the newest first. */
    List<PasswordHistoryEntry> findByUserIdOrderByIdDesc(long userId);
}

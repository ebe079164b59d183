package cn.fazhi.flow.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByReportIdOrderByCreatedAtAscIdAsc(long reportId);
}

package cn.fazhi.flow.document;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportUndoRepository extends JpaRepository<ImportUndo, Long> {}

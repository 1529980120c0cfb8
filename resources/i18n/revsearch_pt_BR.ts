<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddStepDialog</name>
    <message>
        <source>Add step</source>
        <translation>Adicionar etapa</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título da etapa</translation>
    </message>
    <message>
        <source>What needs doing, e.g. Agree the sign-on bonus</source>
        <translation>O que precisa ser feito, ex.: acertar o bônus de contratação</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Prazo:</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Não foi possível fazer o backup de hoje: %1</translation>
    </message>
    <message>
        <source>RevSearch found damage in this database and saves nothing more into it. Restore the latest backup, or open another file.</source>
        <translation>O RevSearch encontrou danos neste banco de dados e não salvará mais nada nele. Restaure o backup mais recente ou abra outro arquivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database is damaged:&lt;/b&gt; part of it cannot be read, so RevSearch saves nothing more into it. You can look, but not change anything.</source>
        <translation>&lt;b&gt;Este banco de dados está danificado:&lt;/b&gt; parte dele não pode ser lida, por isso o RevSearch não salvará mais nada nele. Você pode consultar os dados, mas não pode alterar nada.</translation>
    </message>
    <message>
        <source>Restore or open another file…</source>
        <translation>Restaurar ou abrir outro arquivo…</translation>
    </message>
    <message>
        <source>Damaged: changes cannot be saved</source>
        <translation>Danificado: as alterações não podem ser salvas</translation>
    </message>
    <message>
        <source>Could not back up</source>
        <translation>Não foi possível fazer o backup</translation>
    </message>
    <message>
        <source>The backup could not be made.

%1</source>
        <translation>Não foi possível fazer o backup.

%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backup salvo em %1</translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation>Não foi possível restaurar o backup</translation>
    </message>
    <message>
        <source>Nothing was changed: the backup could not be restored.

%1</source>
        <translation>Nada foi alterado: não foi possível restaurar o backup.

%1</translation>
    </message>
    <message>
        <source>Restored the backup from %1. The data it replaced was kept as %2.</source>
        <translation>Backup de %1 restaurado. Os dados substituídos foram guardados como %2.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurar este backup?</translation>
    </message>
    <message>
        <source>Go back to the backup from %1?</source>
        <translation>Voltar ao backup de %1?</translation>
    </message>
    <message>
        <source>Changes made since then are replaced. Your current data is kept as a backup first, so you can restore it later. Edit &gt; Undo cannot take a restore back.</source>
        <translation>As alterações feitas desde então serão substituídas. Antes disso, seus dados atuais são guardados como backup, para que você possa restaurá-los depois. Editar &gt; Desfazer não reverte uma restauração.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Não foi possível desfazer</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Desfeito: %1</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Não foi possível refazer</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Refeito: %1</translation>
    </message>
    <message>
        <source>Showing changes saved by another RevSearch window. Undo starts afresh.</source>
        <translation>Exibindo alterações salvas por outra janela do RevSearch. O histórico de desfazer recomeça do zero.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <translation>Editar candidato</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Adicionar candidato</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <source>Current company</source>
        <translation>Empresa atual</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Pay expectation</source>
        <translation>Pretensão salarial</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@empresa.com.br</translation>
    </message>
    <message>
        <source>Research, referral, inbound, search firm…</source>
        <translation>Mapeamento, indicação, headhunter…</translation>
    </message>
    <message>
        <source>e.g. USD 350k base + 100% variable</source>
        <translation>ex.: R$ 1,2 mi de fixo/ano + 100% de variável</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Mapeamento</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Indicação</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Candidatura espontânea</translation>
    </message>
    <message>
        <source>Search firm</source>
        <translation>Headhunter</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>CandidateLabels</name>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contatado</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessado</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Triado</translation>
    </message>
    <message>
        <source>Longlist</source>
        <translation>Longlist</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Em entrevistas</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalista</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusou</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Desistiu</translation>
    </message>
    <message>
        <source>Not progressed</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Recusou a proposta</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Never interested</source>
        <translation>Nunca teve interesse</translation>
    </message>
    <message>
        <source>Left after engaging with the search</source>
        <translation>Desistiu depois de participar do processo seletivo</translation>
    </message>
    <message>
        <source>The committee decided not to go on</source>
        <translation>O comitê decidiu não seguir adiante</translation>
    </message>
    <message>
        <source>Turned the offer down</source>
        <translation>Não aceitou a proposta recebida</translation>
    </message>
    <message>
        <source>Parked for now, may come back</source>
        <translation>Em pausa por enquanto; pode voltar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>good</source>
        <translation>boa</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>no limite</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>fraca</translation>
    </message>
    <message>
        <source>Strategy-leaning</source>
        <translation>Perfil estratégico</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Execution-leaning</source>
        <translation>Perfil executor</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Execution-heavy for a CRO seat: sales strategy and cross-team collaboration at risk.</source>
        <translation>Perfil executor demais para uma vaga de CRO: estratégia comercial e colaboração entre áreas em risco.</translation>
    </message>
    <message>
        <source>Strategy-heavy for a CSO seat: sales execution and decision speed at risk.</source>
        <translation>Perfil estratégico demais para uma vaga de CSO: execução comercial e agilidade nas decisões em risco.</translation>
    </message>
    <message>
        <source>Low overall.</source>
        <translation>Notas baixas no geral.</translation>
    </message>
    <message>
        <source>Low overall</source>
        <translation>Notas baixas no geral</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Desalinhamento</translation>
    </message>
</context>
<context>
    <name>CandidateNotes</name>
    <message>
        <source>Add note…</source>
        <translation>Adicionar anotação…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar anotação</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Editar a anotação selecionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Excluir a anotação selecionada</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Anotações, das mais recentes às mais antigas</translation>
    </message>
    <message>
        <source>No notes yet. Add the first one: a call, an interview, a reference check.</source>
        <translation>Nenhuma anotação ainda. Adicione a primeira: uma ligação, uma entrevista, uma checagem de referências.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Could not add the note</source>
        <translation>Não foi possível adicionar a anotação</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>Não foi possível salvar a anotação</translation>
    </message>
    <message>
        <source>Delete this note by %1 from %2?

Edit &gt; Undo brings it back.</source>
        <translation>Excluir esta anotação de %1, feita em %2?

Editar &gt; Desfazer a traz de volta.</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>autor desconhecido</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir anotação</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Não foi possível excluir a anotação</translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <source>Candidate details</source>
        <translation>Detalhes do candidato</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Select a candidate to see their details, move them or add notes.</source>
        <translation>Selecione um candidato para ver os dados dele, mudá-lo de etapa ou adicionar anotações.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Anotações (%1)</translation>
    </message>
</context>
<context>
    <name>CandidateProfile</name>
    <message>
        <source>Move to</source>
        <translation>Mover para</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Mover para a etapa</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Trazer de volta</translation>
    </message>
    <message>
        <source>Bring back into the pipeline</source>
        <translation>Trazer de volta ao pipeline</translation>
    </message>
    <message>
        <source>Back into the pipeline at the stage they left</source>
        <translation>Volta ao pipeline na etapa em que saiu</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar dados…</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Editar dados de contato</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Excluir candidato</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Pay expectation</source>
        <translation>Pretensão salarial</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Histórico de etapas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (etapa: %2)</translation>
    </message>
    <message>
        <source>Left the pipeline on %1 at %2. Reason: %3</source>
        <translation>Saiu do pipeline em %1, na etapa %2. Motivo: %3</translation>
    </message>
    <message>
        <source>Hired on %1</source>
        <translation>Contratado em %1</translation>
    </message>
    <message>
        <source>%1 · days in this stage: %2</source>
        <translation>%1 · dias nesta etapa: %2</translation>
    </message>
    <message>
        <source>Leave the pipeline</source>
        <translation>Sair do pipeline</translation>
    </message>
    <message>
        <source>Move the candidate to another stage, or record that they left</source>
        <translation>Mova o candidato para outra etapa ou registre a saída dele</translation>
    </message>
    <message>
        <source>Offer made before: %1</source>
        <translation>Proposta feita antes de concluir: %1</translation>
    </message>
    <message>
        <source>Could not move the candidate</source>
        <translation>Não foi possível mover o candidato</translation>
    </message>
    <message>
        <source>Could not record the exit</source>
        <translation>Não foi possível registrar a saída</translation>
    </message>
    <message>
        <source>Could not bring the candidate back</source>
        <translation>Não foi possível trazer o candidato de volta</translation>
    </message>
    <message>
        <source>Could not save the details</source>
        <translation>Não foi possível salvar os dados</translation>
    </message>
    <message>
        <source>Delete %1 with their notes, scores and stage history?

Edit &gt; Undo brings them back.</source>
        <translation>Excluir %1 com as anotações, notas e histórico de etapas?

Editar &gt; Desfazer traz o candidato de volta.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Could not delete the candidate</source>
        <translation>Não foi possível excluir o candidato</translation>
    </message>
</context>
<context>
    <name>CandidateSource</name>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Current position</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Aderência</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Where the candidate is in the pipeline, or where they left it</source>
        <translation>Etapa do pipeline em que o candidato está, ou em que saiu do processo</translation>
    </message>
    <message>
        <source>Days since the candidate reached this stage (or left)</source>
        <translation>Dias desde que o candidato chegou a esta etapa (ou saiu do processo)</translation>
    </message>
    <message>
        <source>Fit score from 20 to 100 and its band; ~ marks a provisional score</source>
        <translation>Aderência de 20 a 100 e sua faixa; ~ indica uma aderência provisória</translation>
    </message>
    <message>
        <source>Profile: strategy (S) minus execution (E)</source>
        <translation>Perfil: estratégia (S) menos execução (E)</translation>
    </message>
    <message>
        <source>Warnings from the scorecard</source>
        <translation>Alertas do scorecard</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (na etapa %2)</translation>
    </message>
    <message>
        <source>Critical gap</source>
        <translation>Lacuna crítica</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Divergente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: strategy (S) %2, execution (E) %3, tilt %4</source>
        <translation>%1: estratégia (S) %2, execução (E) %3, tendência %4</translation>
    </message>
    <message>
        <source>Critical gap: %1 scored 2 or less</source>
        <translation>Lacuna crítica: %1 com nota 2 ou menos</translation>
    </message>
    <message>
        <source>Disputed: raters differ by 2 points or more on %1</source>
        <translation>Divergente: os avaliadores diferem em 2 pontos ou mais em %1</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Ainda sem nota</translation>
    </message>
    <message>
        <source>Fit %1 of 100, all competencies scored</source>
        <translation>Aderência %1 de 100, todas as competências avaliadas</translation>
    </message>
    <message>
        <source>Provisional: projected from %1 of %2 competencies scored</source>
        <translation>Provisória: projetada a partir de %1 de %2 competências avaliadas</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <source>Filter by name, company or title</source>
        <translation>Filtrar por nome, empresa ou cargo</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Filtrar candidatos</translation>
    </message>
    <message>
        <source>Show candidates at stage</source>
        <translation>Mostrar candidatos na etapa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>In the pipeline</source>
        <translation>No pipeline</translation>
    </message>
    <message>
        <source>Left the pipeline</source>
        <translation>Saíram do pipeline</translation>
    </message>
    <message>
        <source>Add candidate…</source>
        <translation>Adicionar candidato…</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Adicionar candidato</translation>
    </message>
    <message>
        <source>Add a candidate to this search (Ctrl+Shift+N)</source>
        <translation>Adicionar um candidato a esta busca (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>Candidatos: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>Could not add the candidate</source>
        <translation>Não foi possível adicionar o candidato</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 concluídos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Concluído em %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 dia de atraso</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 dias de atraso</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>Prazo em %1 dias</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Prazo: hoje</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Prazo: amanhã</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>Custom step</source>
        <translation>Passo personalizado</translation>
    </message>
</context>
<context>
    <name>ChecklistLabels</name>
    <message>
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable steps done</source>
        <translation>
            <numerusform>%1 de %n passo aplicável concluído</numerusform>
            <numerusform>%1 de %n passos aplicáveis concluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n não se aplica</numerusform>
            <numerusform>%n não se aplicam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistSummary</name>
    <message>
        <source>Checklist progress</source>
        <translation>Progresso do checklist</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximos prazos</translation>
    </message>
    <message>
        <source>No open steps with a due date.</source>
        <translation>Nenhuma etapa em aberto com prazo.</translation>
    </message>
    <message>
        <source>No search open</source>
        <translation>Nenhuma busca aberta</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 de %n etapa concluída</numerusform>
            <numerusform>%1 de %n etapas concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n etapa atrasada</numerusform>
            <numerusform>%n etapas atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nada atrasado</translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n não se aplica</numerusform>
            <numerusform>%n não se aplicam</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show it in the list.</source>
        <translation>Clique para mostrá-la na lista.</translation>
    </message>
    <message>
        <source>Next due: %1, %2</source>
        <translation>Próximo prazo: %1, %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Could not change the checklist</source>
        <translation>Não foi possível alterar o checklist</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover etapa</translation>
    </message>
    <message>
        <source>Remove “%1” from the checklist?</source>
        <translation>Remover “%1” do checklist?</translation>
    </message>
    <message>
        <source>It is a step of the default checklist. To keep it on record without counting it, mark it Not applicable instead.</source>
        <translation>Esta é uma etapa do checklist padrão. Para mantê-la registrada sem contá-la, marque-a como Não se aplica.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>ChecklistToolbar</name>
    <message>
        <source>Mark &amp;done</source>
        <translation>Concl&amp;uir</translation>
    </message>
    <message>
        <source>Tick the step done today (Space in the list)</source>
        <translation>Marcar a etapa como concluída hoje (Espaço na lista)</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable</source>
        <translation>Não se a&amp;plica</translation>
    </message>
    <message>
        <source>The step does not apply to this search</source>
        <translation>A etapa não se aplica a este processo seletivo</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Make the step open again</source>
        <translation>Reabrir a etapa</translation>
    </message>
    <message>
        <source>Ed&amp;it step...</source>
        <translation>Ed&amp;itar etapa...</translation>
    </message>
    <message>
        <source>Change the due date, owner or note (Enter)</source>
        <translation>Alterar o prazo, o responsável ou a anotação (Enter)</translation>
    </message>
    <message>
        <source>Add s&amp;tep...</source>
        <translation>Adicionar e&amp;tapa...</translation>
    </message>
    <message>
        <source>Add a step of your own (Insert)</source>
        <translation>Adicionar uma etapa própria (Insert)</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Re&amp;mover etapa</translation>
    </message>
    <message>
        <source>Remove the step (Delete)</source>
        <translation>Remover a etapa (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move the step up within its phase (Ctrl+Up)</source>
        <translation>Mover a etapa para cima dentro da fase (Ctrl+Seta para cima)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Move the step down within its phase (Ctrl+Down)</source>
        <translation>Mover a etapa para baixo dentro da fase (Ctrl+Seta para baixo)</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <source>Checklist steps</source>
        <translation>Etapas do checklist</translation>
    </message>
</context>
<context>
    <name>CommandLineCounts</name>
    <message numerus="yes">
        <source>%n searches in %1</source>
        <translation>
            <numerusform>%n busca em %1</numerusform>
            <numerusform>%n buscas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>0 overdue steps</source>
        <translation>nenhuma etapa atrasada</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue steps</source>
        <translation>
            <numerusform>%n etapa atrasada</numerusform>
            <numerusform>%n etapas atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample searches to %1:</source>
        <translation>
            <numerusform>%n busca de exemplo adicionada a %1:</numerusform>
            <numerusform>%n buscas de exemplo adicionadas a %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>OK: %1 is a healthy RevSearch database (integrity ok, schema version %2, 0 searches).</source>
        <translation>OK: %1 é um banco de dados do RevSearch em bom estado (integridade ok, versão %2 do esquema, nenhuma busca).</translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 is a healthy RevSearch database (integrity ok, schema version %2, %n searches).</source>
        <translation>
            <numerusform>OK: %1 é um banco de dados do RevSearch em bom estado (integridade ok, versão %2 do esquema, %n busca).</numerusform>
            <numerusform>OK: %1 é um banco de dados do RevSearch em bom estado (integridade ok, versão %2 do esquema, %n buscas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n records of this person to %1.</source>
        <translation>
            <numerusform>%n registro desta pessoa gravado em %1.</numerusform>
            <numerusform>%n registros desta pessoa gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added 0 candidates to the search &apos;%1&apos;.</source>
        <translation>Nenhum candidato adicionado ao processo seletivo “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n candidates to the search &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n candidato adicionado ao processo seletivo “%1”.</numerusform>
            <numerusform>%n candidatos adicionados ao processo seletivo “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to import, 0 skipped.</source>
        <translation>%1 a importar; nenhuma linha ignorada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to import, %n skipped.</source>
        <translation>
            <numerusform>%1 a importar; %n linha ignorada.</numerusform>
            <numerusform>%1 a importar; %n linhas ignoradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareMatrixModel</name>
    <message>
        <source>%1 ×%2  %3</source>
        <translation>%1 ×%2  %3</translation>
    </message>
    <message>
        <source>Weight %1 of 20 in a %2 seat</source>
        <translation>Peso %1 de 20 em uma vaga de %2</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sem nota</translation>
    </message>
    <message>
        <source>Fit %1 · %2</source>
        <translation>Fit %1 · %2</translation>
    </message>
    <message>
        <source>Tilt —</source>
        <translation>Inclinação —</translation>
    </message>
    <message>
        <source>Critical gap</source>
        <translation>Lacuna crítica</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (etapa: %2)</translation>
    </message>
    <message>
        <source>Fit %1 of 100 (%2)</source>
        <translation>Aderência %1 de 100 (%2)</translation>
    </message>
    <message>
        <source>provisional: %1 of %2 competencies scored</source>
        <translation>provisória: %1 de %2 competências avaliadas</translation>
    </message>
    <message>
        <source>%1: strategy (S) %2, execution (E) %3, tilt %4</source>
        <translation>%1: estratégia (S) %2, execução (E) %3, inclinação %4</translation>
    </message>
    <message>
        <source>Critical gap: %1 scored 2 or less</source>
        <translation>Lacuna crítica: %1 com nota 2 ou menos</translation>
    </message>
    <message>
        <source>%1, disputed</source>
        <translation>%1, divergente</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Ainda sem nota</translation>
    </message>
    <message>
        <source>Median %1 from %2 rater(s)</source>
        <translation>Mediana %1 de %2 avaliador(es)</translation>
    </message>
    <message>
        <source>%1 Disputed: the raters are %2 points apart</source>
        <translation>%1 Divergente: as notas dos avaliadores diferem em %2 pontos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Candidates to compare</source>
        <translation>Candidatos a comparar</translation>
    </message>
    <message>
        <source>Shortlist and later</source>
        <translation>Da shortlist em diante</translation>
    </message>
    <message>
        <source>All in the pipeline</source>
        <translation>Todos no pipeline</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos os candidatos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Double-click a candidate or click a point to open them in Candidates</source>
        <translation>Clique duas vezes em um candidato ou clique em um ponto para abri-lo em Candidatos</translation>
    </message>
    <message>
        <source>Competency scores by candidate</source>
        <translation>Notas por competência de cada candidato</translation>
    </message>
    <message>
        <source>Strategy against execution</source>
        <translation>Estratégia x execução</translation>
    </message>
    <message>
        <source>%1 of %2 candidates</source>
        <translation>%1 de %2 candidatos</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>Candidatos: %1</translation>
    </message>
    <message>
        <source>Choose a search to compare its candidates.</source>
        <translation>Escolha uma busca para comparar os candidatos.</translation>
    </message>
    <message>
        <source>No candidates in this search yet.</source>
        <translation>Ainda não há candidatos neste processo seletivo.</translation>
    </message>
    <message>
        <source>No one in the pipeline has reached the shortlist.
Show “All in the pipeline” or “Everyone” to compare the others.</source>
        <translation>Ninguém no pipeline chegou à shortlist.
Escolha “Todos no pipeline” ou “Todos os candidatos” para comparar os demais.</translation>
    </message>
    <message>
        <source>No candidate matches this choice.</source>
        <translation>Nenhum candidato corresponde a esta opção.</translation>
    </message>
    <message>
        <source>Not on the chart until both S and E are scored: %1.</source>
        <translation>Fora do gráfico até que S e E tenham nota: %1.</translation>
    </message>
    <message>
        <source>Median score %1</source>
        <translation>Nota mediana %1</translation>
    </message>
    <message>
        <source>%1 disputed: raters 2 or more points apart</source>
        <translation>%1 divergente: avaliadores com 2 ou mais pontos de diferença</translation>
    </message>
    <message>
        <source>×3 weight in this seat</source>
        <translation>Peso ×3 nesta vaga</translation>
    </message>
    <message>
        <source>%1 mismatch or critical gap</source>
        <translation>%1 desalinhamento com a vaga ou lacuna crítica</translation>
    </message>
</context>
<context>
    <name>Competencies</name>
    <message>
        <source>Revenue &amp; go-to-market strategy</source>
        <translation>Estratégia de receita &amp; go-to-market</translation>
    </message>
    <message>
        <source>Multi-product / channel / vertical leadership</source>
        <translation>Liderança multiproduto / multicanal / multivertical</translation>
    </message>
    <message>
        <source>Cross-functional collaboration</source>
        <translation>Colaboração entre áreas</translation>
    </message>
    <message>
        <source>Customer lifecycle (marketing + CS)</source>
        <translation>Ciclo de vida do cliente (marketing + CS)</translation>
    </message>
    <message>
        <source>Sales methodology &amp; competitive deals</source>
        <translation>Metodologia de vendas &amp; disputas competitivas</translation>
    </message>
    <message>
        <source>Pipeline, forecast, attainment</source>
        <translation>Pipeline, forecast, atingimento de meta</translation>
    </message>
    <message>
        <source>Sales ops, territories, quota &amp; comp</source>
        <translation>Sales ops, territórios, metas &amp; remuneração</translation>
    </message>
    <message>
        <source>Operating cadence &amp; decision speed</source>
        <translation>Cadência operacional &amp; velocidade de decisão</translation>
    </message>
    <message>
        <source>Talent building</source>
        <translation>Formação de talentos</translation>
    </message>
    <message>
        <source>Financial &amp; data fluency</source>
        <translation>Fluência financeira &amp; em dados</translation>
    </message>
    <message>
        <source>Plans quarter to quarter.</source>
        <translation>Planeja de trimestre em trimestre.</translation>
    </message>
    <message>
        <source>Annual plan with segments and targets.</source>
        <translation>Plano anual com segmentos e metas.</translation>
    </message>
    <message>
        <source>Multi-year plan across segments, pricing and channel mix; launched a new revenue stream.</source>
        <translation>Plano plurianual que cobre segmentos, preços e mix de canais; lançou uma nova fonte de receita.</translation>
    </message>
    <message>
        <source>One product, one channel.</source>
        <translation>Um produto, um canal.</translation>
    </message>
    <message>
        <source>Two channels or a few products.</source>
        <translation>Dois canais ou alguns produtos.</translation>
    </message>
    <message>
        <source>Balanced several channels or verticals and settled their conflicts.</source>
        <translation>Equilibrou vários canais ou verticais e resolveu os conflitos entre eles.</translation>
    </message>
    <message>
        <source>Blames hand-offs.</source>
        <translation>Culpa as passagens de bastão entre as áreas.</translation>
    </message>
    <message>
        <source>Plans jointly with peers.</source>
        <translation>Planeja em conjunto com os pares.</translation>
    </message>
    <message>
        <source>Shared targets and agreements with marketing, CS, finance and product; peers confirm.</source>
        <translation>Metas e acordos compartilhados com marketing, CS, finanças e produto; os pares confirmam.</translation>
    </message>
    <message>
        <source>New bookings only.</source>
        <translation>Só novas vendas (bookings).</translation>
    </message>
    <message>
        <source>Co-owned renewals, tracks NRR.</source>
        <translation>Dividiu a responsabilidade pelas renovações; acompanha o NRR.</translation>
    </message>
    <message>
        <source>Led marketing and CS; improved NRR and lead flow.</source>
        <translation>Liderou marketing e CS; melhorou o NRR e o fluxo de leads.</translation>
    </message>
    <message>
        <source>Individual heroics.</source>
        <translation>Heroísmo individual.</translation>
    </message>
    <message>
        <source>Methodology in deal reviews.</source>
        <translation>Aplica a metodologia nas revisões de negócios.</translation>
    </message>
    <message>
        <source>Every deal inspected; win rate against named competitors rose.</source>
        <translation>Todo negócio é inspecionado; a taxa de conversão contra concorrentes específicos subiu.</translation>
    </message>
    <message>
        <source>Forecasts miss widely.</source>
        <translation>Os forecasts erram por muito.</translation>
    </message>
    <message>
        <source>Usually within about 10%.</source>
        <translation>Em geral, erra no máximo cerca de 10%.</translation>
    </message>
    <message>
        <source>Sustained attainment, confirmed by references.</source>
        <translation>Atingimento de meta consistente, confirmado pelas referências.</translation>
    </message>
    <message>
        <source>Kept the inherited setup.</source>
        <translation>Manteve a estrutura herdada.</translation>
    </message>
    <message>
        <source>Redesigned it once.</source>
        <translation>Redesenhou a estrutura uma vez.</translation>
    </message>
    <message>
        <source>Capacity models and territory mapping, tuned repeatedly.</source>
        <translation>Modelos de capacidade e mapeamento de territórios, ajustados continuamente.</translation>
    </message>
    <message>
        <source>Slow, escalates.</source>
        <translation>Lento; empurra as decisões para cima.</translation>
    </message>
    <message>
        <source>Steady weekly rhythm.</source>
        <translation>Ritmo semanal constante.</translation>
    </message>
    <message>
        <source>Fast, data-backed calls on deals, pricing and people.</source>
        <translation>Decisões rápidas e baseadas em dados sobre negócios, preços e pessoas.</translation>
    </message>
    <message>
        <source>No bench, regretted attrition.</source>
        <translation>Sem sucessores; perdeu pessoas que não queria perder.</translation>
    </message>
    <message>
        <source>Hired solid managers.</source>
        <translation>Contratou gestores sólidos.</translation>
    </message>
    <message>
        <source>Former reports run organisations.</source>
        <translation>Ex-liderados hoje comandam organizações.</translation>
    </message>
    <message>
        <source>Talks bookings only.</source>
        <translation>Só fala de novas vendas (bookings).</translation>
    </message>
    <message>
        <source>Knows CAC, payback and ASP.</source>
        <translation>Domina CAC, payback e ticket médio (ASP).</translation>
    </message>
    <message>
        <source>Manages to unit economics, board-ready data.</source>
        <translation>Gere pela unit economics, com dados prontos para o conselho.</translation>
    </message>
    <message>
        <source>strategy-leaning</source>
        <translation>estratégico</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>equilibrado</translation>
    </message>
    <message>
        <source>execution-leaning</source>
        <translation>executor</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Ainda sem nota.</translation>
    </message>
    <message>
        <source>Fit %1 (%2).</source>
        <translation>Aderência %1 (%2).</translation>
    </message>
    <message>
        <source>Provisional: projected from %1 of %2 competencies; %3 not scored yet.</source>
        <translation>Provisória: projetada a partir de %1 de %2 competências; %3 ainda sem nota.</translation>
    </message>
    <message>
        <source>Profile %1 (tilt %2).</source>
        <translation>Perfil %1 (tendência %2).</translation>
    </message>
    <message>
        <source>Critical gap: %1.</source>
        <translation>Lacuna crítica: %1.</translation>
    </message>
</context>
<context>
    <name>CompetencyRow</name>
    <message>
        <source>%1 weight</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>%1 combined result</source>
        <translation>Resultado combinado de %1</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Divergente</translation>
    </message>
    <message>
        <source>Critical gap</source>
        <translation>Lacuna crítica</translation>
    </message>
    <message>
        <source>A weight-3 competency with a combined score of 2 or less.</source>
        <translation>Competência de peso 3 com nota combinada de 2 ou menos.</translation>
    </message>
    <message>
        <source>%1 evidence</source>
        <translation>Evidências de %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>Counts %1 times in the fit score of a %2 seat.</source>
        <translation>Conta %1 vezes na nota de aderência de uma vaga de %2.</translation>
    </message>
    <message>
        <source>Evidence: what did you see or hear that supports this score?</source>
        <translation>Evidência: o que você viu ou ouviu que sustenta esta nota?</translation>
    </message>
    <message>
        <source>Choose a score first, then note the evidence</source>
        <translation>Escolha uma nota primeiro e depois registre a evidência</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sem nota</translation>
    </message>
    <message>
        <source>1 rater</source>
        <translation>1 avaliador</translation>
    </message>
    <message>
        <source>%1 raters</source>
        <translation>%1 avaliadores</translation>
    </message>
    <message>
        <source>Median &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Mediana &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Raters differ by %1 points; talk it through in the debrief.</source>
        <translation>As notas dos avaliadores diferem em %1 pontos; conversem sobre isso no debrief.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>All searches</source>
        <translation>Todas as buscas</translation>
    </message>
    <message>
        <source>Open searches, the ones needing attention first. Click one to open it.</source>
        <translation>Buscas em aberto, primeiro as que precisam de atenção. Clique em uma para abri-la.</translation>
    </message>
    <message>
        <source>No open searches. Create one with File &gt; New search; filled, cancelled and archived searches stay in the sidebar.</source>
        <translation>Nenhuma busca em aberto. Crie uma em Arquivo &gt; Nova busca; as buscas preenchidas, canceladas e arquivadas continuam na barra lateral.</translation>
    </message>
    <message>
        <source>Portfolio report...</source>
        <translation>Relatório do portfólio...</translation>
    </message>
    <message>
        <source>One report of every open search, for the board (PDF, HTML) or the committee (Excel, CSV)</source>
        <translation>Um relatório com todas as buscas em aberto, para o conselho (PDF, HTML) ou o comitê (Excel, CSV)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more search(es)</source>
        <translation>
            <numerusform>Mostrar mais %n busca</numerusform>
            <numerusform>Mostrar mais %n buscas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>Watch</source>
        <translation>Observar</translation>
    </message>
    <message>
        <source>Product lines sold</source>
        <translation>Linhas de produto vendidas</translation>
    </message>
    <message>
        <source>Go-to-market channels (field, inside, partners, self-serve, marketplace)</source>
        <translation>Canais de go-to-market (vendas de campo, inside sales, parceiros, self-service, marketplace)</translation>
    </message>
    <message>
        <source>Verticals or segments needing different sales motions</source>
        <translation>Verticais ou segmentos que exigem abordagens de vendas diferentes</translation>
    </message>
    <message>
        <source>Competitor sets met regularly</source>
        <translation>Grupos de concorrentes enfrentados com frequência</translation>
    </message>
    <message>
        <source>Growth vs plan, last 4 quarters</source>
        <translation>Crescimento vs. plano, últimos 4 trimestres</translation>
    </message>
    <message>
        <source>Churn / NRR trend</source>
        <translation>Tendência de churn / NRR</translation>
    </message>
    <message>
        <source>Sales-cycle trend</source>
        <translation>Tendência do ciclo de vendas</translation>
    </message>
    <message>
        <source>“Too few leads / low awareness” a recurring excuse?</source>
        <translation>“Poucos leads / pouco reconhecimento da marca” é uma desculpa recorrente?</translation>
    </message>
    <message>
        <source>Should marketing report to this role?</source>
        <translation>O marketing deve se reportar a este cargo?</translation>
    </message>
    <message>
        <source>Should CS / renewals report to this role?</source>
        <translation>CS / renovações devem se reportar a este cargo?</translation>
    </message>
    <message>
        <source>Do sales and marketing disagree on what a qualified lead is?</source>
        <translation>Vendas e marketing discordam sobre o que é um lead qualificado?</translation>
    </message>
    <message>
        <source>Is the main gap execution (weak attainment or win rate, with healthy leads and retention)?</source>
        <translation>A principal lacuna é de execução (baixo atingimento de meta ou win rate fraco, com leads e retenção saudáveis)?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>A few</source>
        <translation>Alguns</translation>
    </message>
    <message>
        <source>Different per product or segment</source>
        <translation>Diferentes por produto ou segmento</translation>
    </message>
    <message>
        <source>At or above plan</source>
        <translation>No plano ou acima</translation>
    </message>
    <message>
        <source>Slightly below</source>
        <translation>Um pouco abaixo</translation>
    </message>
    <message>
        <source>Well below plan and market</source>
        <translation>Bem abaixo do plano e do mercado</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Melhorando</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Estável</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Piorando</translation>
    </message>
    <message>
        <source>Stable or shorter</source>
        <translation>Estável ou mais curto</translation>
    </message>
    <message>
        <source>Slightly longer</source>
        <translation>Um pouco mais longo</translation>
    </message>
    <message>
        <source>Clearly longer</source>
        <translation>Bem mais longo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Às vezes</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indefinido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Complexity (C)</source>
        <translation>Complexidade (C)</translation>
    </message>
    <message>
        <source>Growth pains (G)</source>
        <translation>Dores de crescimento (G)</translation>
    </message>
    <message>
        <source>Scope of the role (P)</source>
        <translation>Escopo do cargo (P)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Perguntas complementares</translation>
    </message>
    <message>
        <source>Marketing and customer success should both report to this role (P = %1).</source>
        <translation>Tanto marketing quanto customer success devem se reportar a este cargo (P = %1).</translation>
    </message>
    <message>
        <source>A complex business (C = %1) with growth pains (G = %2).</source>
        <translation>Um negócio complexo (C = %1) com dores de crescimento (G = %2).</translation>
    </message>
    <message>
        <source>A highly complex business (C = %1).</source>
        <translation>Um negócio altamente complexo (C = %1).</translation>
    </message>
    <message>
        <source>The main gap is execution in a simple business (C = %1).</source>
        <translation>A principal lacuna é de execução, em um negócio simples (C = %1).</translation>
    </message>
    <message>
        <source>A simple business (C = %1).</source>
        <translation>Um negócio simples (C = %1).</translation>
    </message>
    <message>
        <source>Neither clearly (C = %1, G = %2).</source>
        <translation>Nenhum dos dois com clareza (C = %1, G = %2).</translation>
    </message>
    <message>
        <source>A VP of Sales of the execution type (score them with CSO weights).</source>
        <translation>Um VP de Vendas com perfil executor (avalie com os pesos de CSO).</translation>
    </message>
    <message>
        <source>A head of sales strategy (look for strength in S1-S3).</source>
        <translation>Um head de estratégia comercial (procure pontos fortes em S1-S3).</translation>
    </message>
    <message>
        <source>Default to a CSO, re-run this diagnostic every quarter and prepare an internal leader to step up to CRO.</source>
        <translation>Por ora, fique com um CSO, refaça este diagnóstico a cada trimestre e prepare um líder interno para assumir como CRO.</translation>
    </message>
</context>
<context>
    <name>DiagnosticDialog</name>
    <message>
        <source>Help me decide: CRO or CSO?</source>
        <translation>Ajude-me a decidir: CRO ou CSO?</translation>
    </message>
    <message>
        <source>Answer for the business unit the new leader will run. The recommendation follows each answer; then choose the role for the search.</source>
        <translation>Responda pensando na unidade de negócio que o novo líder vai comandar. A recomendação se atualiza a cada resposta; depois, escolha o cargo da busca.</translation>
    </message>
    <message>
        <source>Use CRO</source>
        <translation>Usar CRO</translation>
    </message>
    <message>
        <source>Use CSO</source>
        <translation>Usar CSO</translation>
    </message>
    <message>
        <source>Use CRO (recommended)</source>
        <translation>Usar CRO (recomendado)</translation>
    </message>
    <message>
        <source>Use CSO (recommended)</source>
        <translation>Usar CSO (recomendado)</translation>
    </message>
    <message>
        <source>Use CSO (default for now)</source>
        <translation>Usar CSO (padrão por ora)</translation>
    </message>
</context>
<context>
    <name>DiagnosticTab</name>
    <message>
        <source>The diagnostic recommends a CSO, but this is a CRO search.</source>
        <translation>O diagnóstico recomenda um CSO, mas este processo seletivo é para CRO.</translation>
    </message>
    <message>
        <source>The diagnostic recommends a CRO, but this is a CSO search.</source>
        <translation>O diagnóstico recomenda um CRO, mas este processo seletivo é para CSO.</translation>
    </message>
    <message>
        <source>Role diagnostic: CRO or CSO?</source>
        <translation>Diagnóstico da vaga: CRO ou CSO?</translation>
    </message>
    <message>
        <source>Answer for the business unit this leader will run. Each answer is saved at once; Edit &gt; Undo takes it back.</source>
        <translation>Responda pensando na unidade de negócio que essa liderança vai comandar. Cada resposta é salva na hora; Editar &gt; Desfazer volta atrás.</translation>
    </message>
    <message>
        <source>C&amp;lear answers…</source>
        <translation>&amp;Limpar respostas…</translation>
    </message>
    <message>
        <source>The diagnostic does not clearly point to a CRO or a CSO (Watch): default to a CSO and run it again every quarter.</source>
        <translation>O diagnóstico não aponta claramente para um CRO nem para um CSO (em observação): adote o CSO como padrão e refaça o diagnóstico a cada trimestre.</translation>
    </message>
    <message>
        <source>So far the answers point to a %1, but this is a %2 search. Answer the open questions to confirm.</source>
        <translation>Até aqui, as respostas apontam para um %1, mas este processo seletivo é para %2. Responda às perguntas pendentes para confirmar.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Could not save the answer</source>
        <translation>Não foi possível salvar a resposta</translation>
    </message>
    <message>
        <source>Could not clear the answers</source>
        <translation>Não foi possível limpar as respostas</translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation>Limpar respostas</translation>
    </message>
    <message>
        <source>Clear all the answers to the role diagnostic?</source>
        <translation>Limpar todas as respostas do diagnóstico da vaga?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Você pode recuperá-las em Editar &gt; Desfazer.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>DueDateField</name>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sem prazo</translation>
    </message>
</context>
<context>
    <name>EditStepDialog</name>
    <message>
        <source>Edit step</source>
        <translation>Editar etapa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Who said what, what is blocking, links...</source>
        <translation>Quem disse o quê, o que está travando, links...</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;notação:</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase this person</source>
        <translation>Apagar esta pessoa</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Apagar %1 definitivamente?</translation>
    </message>
    <message>
        <source>Their details, notes (confidential ones too), scores and stage history in “%1” are removed from this database. Mentions of them in other people&apos;s notes, sources and reasons are removed too (their name becomes “[erased]”), and Find no longer knows them.</source>
        <translation>Os dados, as anotações (inclusive as confidenciais), as notas e o histórico de etapas dessa pessoa em “%1” são removidos deste banco de dados. As menções a ela nas anotações, origens e motivos de outras pessoas também são removidas (o nome passa a ser “[erased]”), e a função Localizar deixa de encontrá-la.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; Edit &gt; Undo forgets everything before it, so no earlier step can bring the data back.</source>
        <translation>&lt;b&gt;Isso não pode ser desfeito.&lt;/b&gt; Editar &gt; Desfazer esquece tudo o que veio antes, então nenhuma ação anterior pode trazer os dados de volta.</translation>
    </message>
    <message>
        <source>The same person in other searches</source>
        <translation>A mesma pessoa em outras buscas</translation>
    </message>
    <message>
        <source>The same person in other searches; tick those to erase too:</source>
        <translation>A mesma pessoa em outros processos seletivos; marque os que também devem ser apagados:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
</context>
<context>
    <name>ExitReasonDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 leaves the pipeline at %2 as “%3”. Why?</source>
        <translation>%1 sai do pipeline na etapa %2 como “%3”. Por quê?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The reason, in a sentence or two</source>
        <translation>O motivo, em uma ou duas frases</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Say why first</source>
        <translation>Informe o motivo primeiro</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>This search: %1</source>
        <translation>Esta busca: %1</translation>
    </message>
    <message>
        <source>This search</source>
        <translation>Esta busca</translation>
    </message>
    <message numerus="yes">
        <source>All open searches, as a portfolio (%n searches)</source>
        <translation>
            <numerusform>Todas as buscas em aberto, como portfólio (%n busca)</numerusform>
            <numerusform>Todas as buscas em aberto, como portfólio (%n buscas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Relatório sobre</translation>
    </message>
    <message>
        <source>PDF: the progress report for the board</source>
        <translation>PDF: o relatório de andamento para o conselho</translation>
    </message>
    <message>
        <source>HTML: the same report as one web page</source>
        <translation>HTML: o mesmo relatório em uma única página web</translation>
    </message>
    <message>
        <source>Excel (.xlsx): every table, for the committee</source>
        <translation>Excel (.xlsx): todas as tabelas, para o comitê</translation>
    </message>
    <message>
        <source>CSV: candidates and checklist</source>
        <translation>CSV: candidatos e checklist</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Include &amp;confidential notes</source>
        <translation>Incluir anotações &amp;confidenciais</translation>
    </message>
    <message>
        <source>Off by default: confidential notes and pay expectations stay out of the report unless you tick this, each time.</source>
        <translation>Desmarcado por padrão: anotações confidenciais e pretensões salariais ficam fora do relatório, a menos que você marque esta opção a cada exportação.</translation>
    </message>
    <message>
        <source>&amp;Anonymise candidates</source>
        <translation>&amp;Anonimizar candidatos</translation>
    </message>
    <message>
        <source>Names and contacts become codes such as “Candidate C-07”, in notes too; a person keeps the same code in every export.</source>
        <translation>Nomes e contatos viram códigos como “Candidato(a) C-07”, inclusive nas anotações; cada pessoa mantém o mesmo código em todas as exportações.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>Choose a search to export.</source>
        <translation>Escolha um processo seletivo para exportar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>RevSearch cannot write to the folder %1.</source>
        <translation>O RevSearch não tem permissão para gravar na pasta %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose another file name.</source>
        <translation>%1 é o próprio banco de dados; escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 é uma pasta; escolha um nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced (read-only).</source>
        <translation>%1 já existe e não pode ser substituído (somente leitura).</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Não foi possível gravar %1: %2.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find a candidate</source>
        <translation>Localizar candidato</translation>
    </message>
    <message>
        <source>Name, company, e-mail or words from the notes</source>
        <translation>Nome, empresa, e-mail ou palavras das anotações</translation>
    </message>
    <message>
        <source>Matching candidates</source>
        <translation>Candidatos encontrados</translation>
    </message>
    <message>
        <source>No candidate matches “%1”.
Try fewer letters, a company, or a word from the notes.</source>
        <translation>Nenhum candidato corresponde a “%1”.
Tente menos letras, uma empresa ou uma palavra das anotações.</translation>
    </message>
    <message>
        <source>Type a name, a company or words from the notes.</source>
        <translation>Digite um nome, uma empresa ou palavras das anotações.</translation>
    </message>
    <message>
        <source>Showing the first %1; more candidates match. Type more to narrow them.</source>
        <translation>Exibindo os primeiros %1; há mais candidatos correspondentes. Digite mais para refinar a busca.</translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to open, Esc to close</source>
        <translation>↑ ↓ para navegar, Enter para abrir, Esc para fechar</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>location</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anotações</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In the search “%1”</source>
        <translation>Na busca “%1”</translation>
    </message>
    <message>
        <source>Found in %1: “%2”</source>
        <translation>Encontrado em %1: “%2”</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>Encontrado em: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>Também em: %1</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Candidates per stage</source>
        <translation>Candidatos por etapa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>ImportCandidatesDialog</name>
    <message>
        <source>Import candidates</source>
        <translation>Importar candidatos</translation>
    </message>
    <message>
        <source>%1 rows found. Choose the field each column fills; nothing is saved until you click the Add button.</source>
        <translation>Linhas encontradas: %1. Escolha o campo que cada coluna preenche; nada é salvo até você clicar no botão Adicionar.</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>Sobre o arquivo</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Linhas a importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title at company</source>
        <translation>Cargo e empresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <source>Map a column to Full name, First name or Last name to import candidates.</source>
        <translation>Associe uma coluna a Nome completo, Nome ou Sobrenome para importar candidatos.</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>URL do LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Pay expectation</source>
        <translation>Pretensão salarial</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapeamento de colunas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de exemplo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(coluna %1, sem nome)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo da coluna %1</translation>
    </message>
    <message>
        <source>%1 will be added, %2 skipped, %3 already in another search</source>
        <translation>Serão adicionados: %1; ignorados: %2; já em outra busca: %3</translation>
    </message>
    <message>
        <source>Nothing can be added until a column holds the name.</source>
        <translation>Nada pode ser adicionado até que uma coluna contenha o nome.</translation>
    </message>
    <message>
        <source>Add %1 candidates</source>
        <translation>Adicionar candidatos (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorado: %1</translation>
    </message>
    <message>
        <source>Added, but also in: %1</source>
        <translation>Adicionado, mas também em: %1</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Será adicionado</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (cp1252).</source>
        <translation>O arquivo não está em UTF-8; ele foi lido como Windows-1252 (cp1252).</translation>
    </message>
    <message>
        <source>Column names were read from row %1.</source>
        <translation>Os nomes das colunas foram lidos da linha %1.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>same person as row %1 in this file</source>
        <translation>mesma pessoa da linha %1 deste arquivo</translation>
    </message>
    <message>
        <source>already in this search (%1)</source>
        <translation>já está neste processo seletivo (%1)</translation>
    </message>
    <message>
        <source>%1 in &apos;%2&apos; (same e-mail)</source>
        <translation>%1 em “%2” (mesmo e-mail)</translation>
    </message>
    <message>
        <source>%1 in &apos;%2&apos; (same LinkedIn URL)</source>
        <translation>%1 em “%2” (mesmo perfil do LinkedIn)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RevSearch — %1</source>
        <translation>RevSearch — %1</translation>
    </message>
    <message>
        <source>Select a search on the left, or create one.</source>
        <translation>Selecione uma busca à esquerda ou crie uma nova.</translation>
    </message>
    <message>
        <source>&amp;New search...</source>
        <translation>&amp;Nova busca...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Abrir banco de dados...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Export &amp;report...</source>
        <translation>E&amp;xportar relatório...</translation>
    </message>
    <message>
        <source>&amp;Export search...</source>
        <translation>Exportar &amp;busca...</translation>
    </message>
    <message>
        <source>&amp;Import search...</source>
        <translation>&amp;Importar busca...</translation>
    </message>
    <message>
        <source>Import &amp;candidates...</source>
        <translation>Importar &amp;candidatos...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer backup a&amp;gora</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup...</source>
        <translation>Res&amp;taurar backup...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Edit search...</source>
        <translation>&amp;Editar busca...</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>&amp;Arquivada</translation>
    </message>
    <message>
        <source>&amp;Delete search...</source>
        <translation>E&amp;xcluir busca...</translation>
    </message>
    <message>
        <source>&amp;Retention...</source>
        <translation>&amp;Retenção de dados...</translation>
    </message>
    <message>
        <source>&amp;About RevSearch</source>
        <translation>&amp;Sobre o RevSearch</translation>
    </message>
    <message>
        <source>&amp;Find candidate...</source>
        <translation>&amp;Localizar candidato...</translation>
    </message>
    <message>
        <source>&amp;All searches</source>
        <translation>&amp;Todas as buscas</translation>
    </message>
    <message>
        <source>Search &amp;list</source>
        <translation>&amp;Lista de buscas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Busca</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dados: %1</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Somente leitura: não é possível salvar alterações</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Open a RevSearch database</source>
        <translation>Abrir um banco de dados do RevSearch</translation>
    </message>
    <message>
        <source>RevSearch databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do RevSearch (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Nenhum banco de dados recente</translation>
    </message>
    <message>
        <source>About RevSearch</source>
        <translation>Sobre o RevSearch</translation>
    </message>
    <message>
        <source>&lt;b&gt;RevSearch %1&lt;/b&gt;&lt;p&gt;Run CRO and CSO executive searches offline.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;RevSearch %1&lt;/b&gt;&lt;p&gt;Conduza processos seletivos de CRO e CSO offline.&lt;/p&gt;&lt;p&gt;Seus dados: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 is required.</source>
        <translation>O campo “%1” é obrigatório.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 of %3).</source>
        <translation>O campo “%1” é longo demais (%2 de %3 caracteres).</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>O campo “%1” contém caracteres de controle.</translation>
    </message>
    <message>
        <source>%1 contains a broken character (the text was not read as UTF-8); type it again.</source>
        <translation>O campo “%1” contém um caractere corrompido (o texto não foi lido como UTF-8); digite-o novamente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>“%1” não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (https://...).</source>
        <translation>“%1” não é um endereço da web (https://...).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>“%1” não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The target date is before the start date.</source>
        <translation>A data prevista é anterior à data de início.</translation>
    </message>
    <message>
        <source>Role must be CRO or CSO, not &apos;%1&apos;.</source>
        <translation>A vaga deve ser CRO ou CSO, não “%1”.</translation>
    </message>
    <message>
        <source>Status must be one of %1, not &apos;%2&apos;.</source>
        <translation>O status deve ser um destes: %1; não “%2”.</translation>
    </message>
    <message>
        <source>Language must be one of %1, not &apos;%2&apos;.</source>
        <translation>O idioma deve ser um destes: %1; não “%2”.</translation>
    </message>
    <message>
        <source>A step is todo, done or skipped, not &apos;%1&apos;.</source>
        <translation>Um passo é todo, done ou skipped, não “%1”.</translation>
    </message>
    <message>
        <source>Unknown checklist phase &apos;%1&apos;.</source>
        <translation>Fase do checklist desconhecida: “%1”.</translation>
    </message>
    <message>
        <source>Unknown pipeline stage &apos;%1&apos;.</source>
        <translation>Etapa do pipeline desconhecida: “%1”.</translation>
    </message>
    <message>
        <source>Unknown end state &apos;%1&apos;.</source>
        <translation>Situação de saída desconhecida: “%1”.</translation>
    </message>
    <message>
        <source>The candidate left the pipeline (%1); reopen them first.</source>
        <translation>O(a) candidato(a) saiu do pipeline (%1); traga-o(a) de volta primeiro.</translation>
    </message>
    <message>
        <source>The candidate is hired; the move cannot change that.</source>
        <translation>O(a) candidato(a) foi contratado(a); a mudança de etapa não altera isso.</translation>
    </message>
    <message>
        <source>The candidate is already at %1.</source>
        <translation>O(a) candidato(a) já está na etapa %1.</translation>
    </message>
    <message>
        <source>Only a finalist or a candidate in interviews can receive an offer.</source>
        <translation>Só um(a) finalista ou um(a) candidato(a) em entrevistas pode receber uma proposta.</translation>
    </message>
    <message>
        <source>Only a candidate with an offer can be hired.</source>
        <translation>Só um(a) candidato(a) com proposta pode ser contratado(a).</translation>
    </message>
    <message>
        <source>The candidate has already left (%1).</source>
        <translation>O(a) candidato(a) já saiu do pipeline (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is possible only from: %2.</source>
        <translation>“%1” só é possível a partir de: %2.</translation>
    </message>
    <message>
        <source>Say why the candidate leaves the pipeline.</source>
        <translation>Diga por que o(a) candidato(a) sai do pipeline.</translation>
    </message>
    <message>
        <source>A note is one of %1, not &apos;%2&apos;.</source>
        <translation>Uma anotação é de um destes tipos: %1; não “%2”.</translation>
    </message>
    <message>
        <source>Unknown competency &apos;%1&apos;.</source>
        <translation>Competência desconhecida: “%1”.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5, not %1.</source>
        <translation>A nota é um número inteiro de 1 a 5, não %1.</translation>
    </message>
    <message>
        <source>A score is from 1 to 5, not %1.</source>
        <translation>A nota vai de 1 a 5, não %1.</translation>
    </message>
    <message>
        <source>Unknown diagnostic question &apos;%1&apos;.</source>
        <translation>Pergunta do diagnóstico desconhecida: “%1”.</translation>
    </message>
    <message>
        <source>The answer to %1 must be a whole number, not %2.</source>
        <translation>A resposta a %1 deve ser um número inteiro, não %2.</translation>
    </message>
    <message>
        <source>The answer to %1 is from 0 to %2, not %3.</source>
        <translation>A resposta a %1 vai de 0 a %2, não %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of months.</source>
        <translation>“%1” não é um número de meses.</translation>
    </message>
    <message>
        <source>Keep data from %1 to %2 months, not %3.</source>
        <translation>Mantenha os dados de %1 a %2 meses, não %3.</translation>
    </message>
    <message>
        <source>The candidate is still in the pipeline.</source>
        <translation>O(a) candidato(a) ainda está no pipeline.</translation>
    </message>
    <message>
        <source>No candidate has the e-mail address %1.</source>
        <translation>Nenhum(a) candidato(a) tem o e-mail %1.</translation>
    </message>
    <message>
        <source>Give a candidate&apos;s id (at least its first 8 characters) or e-mail address.</source>
        <translation>Informe o id do(a) candidato(a) (pelo menos os 8 primeiros caracteres) ou o e-mail.</translation>
    </message>
    <message>
        <source>Several candidates&apos; ids start with &apos;%1&apos;; give more.</source>
        <translation>Os ids de vários candidatos começam com “%1”; informe mais caracteres.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 é uma pasta; informe o nome de um arquivo a gravar.</translation>
    </message>
    <message>
        <source>The checklist template is for another role.</source>
        <translation>O modelo de checklist é de outra vaga.</translation>
    </message>
    <message>
        <source>Give a search&apos;s id or its exact title.</source>
        <translation>Informe o id da busca ou o título exato dela.</translation>
    </message>
    <message>
        <source>%1 searches are titled &apos;%2&apos;; give one of their ids: %3.</source>
        <translation>%1 buscas têm o título “%2”; informe um dos ids: %3.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidade de negócio</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Gestor(a) da contratação</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codinome</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <source>Current company</source>
        <translation>Empresa atual</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Pay expectation</source>
        <translation>Pretensão salarial</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>LinkedIn address</source>
        <translation>Endereço do LinkedIn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Avaliador(a)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>No author</source>
        <translation>Sem autor</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Editar anotação</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar anotação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>What happened, what you learned…</source>
        <translation>O que aconteceu, o que você descobriu…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>&amp;Confidential (kept out of reports)</source>
        <translation>&amp;Confidencial (fica fora dos relatórios)</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>For compensation, health or a backchannel source: reports leave it out.</source>
        <translation>Para remuneração, saúde ou fontes de referências informais: os relatórios não a incluem.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor(a):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;notação:</translation>
    </message>
</context>
<context>
    <name>OfferGate</name>
    <message>
        <source>Steps before an offer are still open</source>
        <translation>Há etapas anteriores à proposta ainda em aberto</translation>
    </message>
    <message>
        <source>These checklist steps are not done (still open, or marked not applicable):</source>
        <translation>Estas etapas do checklist não foram concluídas (ainda em aberto ou marcadas como não se aplica):</translation>
    </message>
    <message>
        <source>Make the offer anyway? This will be noted in the candidate&apos;s history.</source>
        <translation>Fazer a proposta mesmo assim? Isso ficará registrado no histórico do candidato.</translation>
    </message>
    <message>
        <source>Make the offer anyway</source>
        <translation>Fazer a proposta mesmo assim</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Key facts</source>
        <translation>Dados principais</translation>
    </message>
    <message>
        <source>Checklist progress by phase</source>
        <translation>Progresso do checklist por fase</translation>
    </message>
    <message>
        <source>Candidates per stage</source>
        <translation>Candidatos por etapa</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Etapas atrasadas</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximos prazos</translation>
    </message>
    <message>
        <source>Top candidates by fit</source>
        <translation>Candidatos com maior aderência</translation>
    </message>
    <message>
        <source>Chief Revenue Officer (CRO)</source>
        <translation>Chief Revenue Officer (CRO)</translation>
    </message>
    <message>
        <source>Chief Sales Officer (CSO)</source>
        <translation>Chief Sales Officer (CSO)</translation>
    </message>
    <message>
        <source>%1 · archived</source>
        <translation>%1 · arquivada</translation>
    </message>
    <message>
        <source>%1 of %2 planned</source>
        <translation>%1 de %2 previstos</translation>
    </message>
    <message>
        <source>1 day past target</source>
        <translation>1 dia após a data prevista</translation>
    </message>
    <message numerus="yes">
        <source>%n days past target</source>
        <translation>
            <numerusform>%n dia após a data prevista</numerusform>
            <numerusform>%n dias após a data prevista</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 candidato</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidato</numerusform>
            <numerusform>%n candidatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hired</source>
        <translation>
            <numerusform>%n contratado</numerusform>
            <numerusform>%n contratados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n saiu</numerusform>
            <numerusform>%n saíram</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Gestor(a) da contratação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dias em aberto</translation>
    </message>
    <message>
        <source>In the pipeline</source>
        <translation>No pipeline</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codinome</translation>
    </message>
    <message>
        <source>%1 of %2 steps done (%3%)</source>
        <translation>%1 de %2 etapas concluídas (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n in the pipeline</source>
        <translation>
            <numerusform>%n no pipeline</numerusform>
            <numerusform>%n no pipeline</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 left the search</source>
        <translation>%1 · %2 fora do processo</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 dia de atraso</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n dia de atraso</numerusform>
            <numerusform>%n dias de atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the Checklist tab</source>
        <translation>
            <numerusform>e mais %n na aba Checklist</numerusform>
            <numerusform>e mais %n na aba Checklist</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <source>No open steps with a due date.</source>
        <translation>Nenhuma etapa em aberto com prazo.</translation>
    </message>
    <message>
        <source>%1
Click to show it on the Checklist tab.</source>
        <translation>%1
Clique para mostrá-la na aba Checklist.</translation>
    </message>
    <message>
        <source>No scored candidates in the pipeline yet.</source>
        <translation>Ainda não há candidatos avaliados no pipeline.</translation>
    </message>
    <message>
        <source>No one is in the pipeline now.</source>
        <translation>No momento, não há ninguém no pipeline.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Aderência</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>%1
Click to open on the Candidates tab.</source>
        <translation>%1
Clique para abrir na aba Candidatos.</translation>
    </message>
    <message>
        <source>Provisional: not every competency is scored yet</source>
        <translation>Provisória: nem todas as competências foram avaliadas</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the pipeline not scored yet</source>
        <translation>
            <numerusform>mais %n candidato no pipeline ainda sem nota</numerusform>
            <numerusform>mais %n candidatos no pipeline ainda sem nota</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical gap</source>
        <translation>Lacuna crítica</translation>
    </message>
    <message>
        <source>Critical gap: %1</source>
        <translation>Lacuna crítica: %1</translation>
    </message>
</context>
<context>
    <name>OwnerCombo</name>
    <message>
        <source>Pick an owner or type a name</source>
        <translation>Escolha um responsável ou digite um nome</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Backups made before now (in %1) still hold the data until they are replaced by newer ones; delete them too if the request covers backups.</source>
        <translation>Os backups feitos até agora (em %1) continuam guardando esses dados até serem substituídos por outros mais recentes; apague-os também se a solicitação abranger os backups.</translation>
    </message>
    <message>
        <source>Another program is reading the database just now, so the old text is overwritten in the file only when it stops, or when RevSearch closes.</source>
        <translation>Outro programa está lendo o banco de dados neste momento; por isso, o texto antigo só será sobrescrito no arquivo quando ele terminar ou quando o RevSearch for fechado.</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>mesmo perfil do LinkedIn</translation>
    </message>
    <message>
        <source>same name only: perhaps someone else</source>
        <translation>apenas o mesmo nome: talvez seja outra pessoa</translation>
    </message>
    <message>
        <source>same LinkedIn address, not a personal profile: perhaps someone else</source>
        <translation>mesmo endereço do LinkedIn, mas não de um perfil pessoal: talvez seja outra pessoa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyButton</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Privacy: export or erase this person&apos;s data</source>
        <translation>Privacidade: exportar ou apagar os dados desta pessoa</translation>
    </message>
    <message>
        <source>Export this person&apos;s data, or erase them</source>
        <translation>Exportar ou apagar os dados desta pessoa</translation>
    </message>
    <message>
        <source>&amp;Export this person&apos;s data…</source>
        <translation>&amp;Exportar dados desta pessoa…</translation>
    </message>
    <message>
        <source>Everything held about them as one JSON file, for an access request</source>
        <translation>Tudo o que há sobre ela em um único arquivo JSON, para atender a um pedido de acesso aos dados</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Apagar esta pessoa…</translation>
    </message>
    <message>
        <source>Could not export the data</source>
        <translation>Não foi possível exportar os dados</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) of this person to %1</source>
        <translation>
            <numerusform>%n registro desta pessoa gravado em %1</numerusform>
            <numerusform>%n registros desta pessoa gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not erase the person</source>
        <translation>Não foi possível apagar a pessoa</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n record(s). Undo history cleared.</source>
        <translation>
            <numerusform>%n registro apagado. O histórico de desfazer foi limpo.</numerusform>
            <numerusform>%n registros apagados. O histórico de desfazer foi limpo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Apagar esta pessoa</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exportar dados desta pessoa</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress by phase</source>
        <translation>Progresso por fase</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;This database is read-only:&lt;/b&gt; you can look, but not change anything. To make changes, get permission to write to the file and its folder, then open it again.</source>
        <translation>&lt;b&gt;Este banco de dados é somente leitura:&lt;/b&gt; você pode consultar, mas não alterar nada. Para fazer alterações, obtenha permissão de gravação no arquivo e na pasta dele e abra-o novamente.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Search portfolio</source>
        <translation>Portfólio de buscas</translation>
    </message>
    <message>
        <source>%1 — progress report</source>
        <translation>%1 — relatório de andamento</translation>
    </message>
    <message>
        <source>Anonymised: candidates are shown by code</source>
        <translation>Anonimizado: candidatos identificados por código</translation>
    </message>
    <message>
        <source>Includes confidential notes</source>
        <translation>Inclui anotações confidenciais</translation>
    </message>
    <message>
        <source>Confidential notes left out</source>
        <translation>Anotações confidenciais não incluídas</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Gerado em %1</translation>
    </message>
    <message>
        <source>%1 · %2 overdue steps across them · %3</source>
        <translation>%1 · total de etapas atrasadas: %2 · %3</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasos</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Furthest</source>
        <translation>Etapa mais avançada</translation>
    </message>
    <message>
        <source>Leading candidate</source>
        <translation>Candidato à frente</translation>
    </message>
    <message>
        <source>No open searches.</source>
        <translation>Nenhuma busca em aberto.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidade de negócio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dias em aberto</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>%1 of %2 steps done (%3%)</source>
        <translation>%1 de %2 etapas concluídas (%3%)</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <translation>%1 · atrasadas: %2</translation>
    </message>
    <message>
        <source>%1 · %2 left the search</source>
        <translation>%1 · %2 fora do processo</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Progresso do checklist</translation>
    </message>
    <message>
        <source>Progress by phase</source>
        <translation>Progresso por fase</translation>
    </message>
    <message>
        <source>Candidates by stage</source>
        <translation>Candidatos por etapa</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Etapas atrasadas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximos prazos</translation>
    </message>
    <message>
        <source>No open steps with a due date.</source>
        <translation>Nenhuma etapa em aberto com prazo.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Aderência</translation>
    </message>
    <message>
        <source>S / E</source>
        <translation>S / E</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No one is in the pipeline.</source>
        <translation>Não há ninguém no pipeline.</translation>
    </message>
    <message>
        <source>Fit runs from 20 to 100: strong 80+, good 70-79, borderline 60-69, weak below 60; ~ marks a provisional fit (not every competency scored). S and E are the mean strategy and execution scores (1-5).</source>
        <translation>A aderência vai de 20 a 100: forte 80+, boa 70-79, no limite 60-69, fraca abaixo de 60; ~ indica aderência provisória (nem todas as competências têm nota). S e E são as médias das notas de estratégia e de execução (1-5).</translation>
    </message>
    <message>
        <source>Left the search</source>
        <translation>Saíram do processo</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Saiu na etapa</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Tipo de saída</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Critical gap</source>
        <translation>Lacuna crítica</translation>
    </message>
    <message>
        <source>Shortlist comparison</source>
        <translation>Comparação da shortlist</translation>
    </message>
    <message>
        <source>No scored candidates in the pipeline yet.</source>
        <translation>Ainda não há candidatos avaliados no pipeline.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competência</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Median of the raters&apos; scores, 1-5; ! marks scores the raters disagree on by 2 or more. Fit: strong 80+, good 70-79, borderline 60-69, weak below 60.</source>
        <translation>Mediana das notas dos avaliadores, de 1 a 5; ! indica notas em que os avaliadores divergem em 2 pontos ou mais. Aderência: forte 80+, boa 70-79, no limite 60-69, fraca abaixo de 60.</translation>
    </message>
    <message>
        <source>Strategy against execution</source>
        <translation>Estratégia x execução</translation>
    </message>
    <message>
        <source>The shaded region suits a %1 seat; a point outside it carries a mismatch flag.</source>
        <translation>A área sombreada é a adequada a uma vaga de %1; um ponto fora dela recebe o alerta de desalinhamento com a vaga.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Anotações recentes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Nenhuma anotação ainda.</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Candidato(a) %1</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-mail]</translation>
    </message>
    <message>
        <source>[link]</source>
        <translation>[link]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[telefone]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[nome]</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Já há uma exportação em andamento.</translation>
    </message>
    <message>
        <source>Search portfolio</source>
        <translation>Portfólio de buscas</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Gerando o relatório...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Relatório salvo: %1</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Não foi possível exportar o relatório</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

Nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Relatório salvo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Substituir arquivos?</translation>
    </message>
    <message>
        <source>These files exist already and will be replaced:
%1</source>
        <translation>Estes arquivos já existem e serão substituídos:
%1</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n open searches</source>
        <translation>
            <numerusform>%n busca em aberto</numerusform>
            <numerusform>%n buscas em aberto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the pipeline</source>
        <translation>
            <numerusform>%n no pipeline</numerusform>
            <numerusform>%n no pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older notes are in the spreadsheet export</source>
        <translation>
            <numerusform>%n anotação mais antiga está na exportação para planilha</numerusform>
            <numerusform>%n anotações mais antigas estão na exportação para planilha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. Everything changed since it was taken is replaced; your current data is first kept as a backup, so you can come back to it.</source>
        <translation>Escolha a cópia para a qual voltar. Tudo o que mudou desde que ela foi feita será substituído; antes, seus dados atuais são guardados em um backup, para que você possa voltar a eles.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>There are no backups yet. RevSearch makes one at the first start of each day, and File &gt; Back up now makes one at any time.</source>
        <translation>Ainda não há backups. O RevSearch faz um na primeira abertura de cada dia, e Arquivo &gt; Fazer backup agora faz um a qualquer momento.</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Os backups ficam em %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Retenção de dados</translation>
    </message>
    <message>
        <source>People from searches that were filled or cancelled long ago. Keep their data only as long as you need it: anonymise a record to keep it for statistics (stage, scores and dates stay; name, contacts and their name in notes go), or erase it completely.</source>
        <translation>Pessoas de buscas preenchidas ou canceladas há muito tempo. Guarde os dados delas só pelo tempo necessário: anonimize um registro para mantê-lo nas estatísticas (etapa, notas e datas ficam; nome, contatos e o nome nas anotações saem) ou apague-o por completo.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Período de retenção em meses</translation>
    </message>
    <message>
        <source>Searches closed more than</source>
        <translation>Buscas encerradas mais de</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>atrás</translation>
    </message>
    <message>
        <source>Show &amp;anonymised records</source>
        <translation>Mostrar registros &amp;anonimizados</translation>
    </message>
    <message>
        <source>Candidates past the retention period</source>
        <translation>Candidatos com o período de retenção vencido</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Erasing and anonymising cannot be undone, and both clear Edit &gt; Undo.</source>
        <translation>Apagar e anonimizar não podem ser desfeitos, e as duas ações limpam o histórico de Editar &gt; Desfazer.</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonimizar…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>A&amp;pagar…</translation>
    </message>
    <message numerus="yes">
        <source>No one is on file from searches closed more than %n month(s) ago.</source>
        <translation>
            <numerusform>Não há ninguém registrado de buscas encerradas há mais de %n mês.</numerusform>
            <numerusform>Não há ninguém registrado de buscas encerradas há mais de %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · anonymised</source>
        <translation>%1 · anonimizado</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n record(s) for good? Their details, notes, scores and stage history are removed from this database, and mentions of them in other people&apos;s notes too. This cannot be undone.</source>
        <translation>
            <numerusform>Apagar %n registro definitivamente? Os dados, anotações, notas e histórico de etapas dessa pessoa serão removidos deste banco de dados, assim como as menções a ela nas anotações de outras pessoas. Não é possível desfazer.</numerusform>
            <numerusform>Apagar %n registros definitivamente? Os dados, anotações, notas e histórico de etapas dessas pessoas serão removidos deste banco de dados, assim como as menções a elas nas anotações de outras pessoas. Não é possível desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase records</source>
        <translation>Apagar registros</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n record(s) for good? Each keeps its stage, scores and dates under a code such as “Candidate C-07”; the name, contact details and pay expectation are cleared and the name is taken out of notes. This cannot be undone.</source>
        <translation>
            <numerusform>Anonimizar %n registro definitivamente? Ele mantém etapa, notas e datas sob um código como “Candidate C-07”; nome, dados de contato e pretensão salarial são apagados, e o nome é retirado das anotações. Não é possível desfazer.</numerusform>
            <numerusform>Anonimizar %n registros definitivamente? Cada um mantém etapa, notas e datas sob um código como “Candidate C-07”; nome, dados de contato e pretensão salarial são apagados, e o nome é retirado das anotações. Não é possível desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise records</source>
        <translation>Anonimizar registros</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizar</translation>
    </message>
    <message>
        <source>Could not change the records</source>
        <translation>Não foi possível alterar os registros</translation>
    </message>
</context>
<context>
    <name>ScoreCardEditor</name>
    <message>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Avaliador(a)</translation>
    </message>
    <message>
        <source>Whose scores you see and enter</source>
        <translation>De quem são as notas que você vê e registra</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>&amp;Rater:</source>
        <translation>Ava&amp;liador(a):</translation>
    </message>
    <message>
        <source>Select a candidate to see and edit their scorecard.</source>
        <translation>Selecione um candidato para ver e editar o scorecard dele.</translation>
    </message>
    <message>
        <source>This candidate no longer exists.</source>
        <translation>Este candidato não existe mais.</translation>
    </message>
    <message>
        <source>%1 seat</source>
        <translation>Vaga de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;small&gt;%2-%3 · weight %4 each in a %5 seat&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;small&gt;%2-%3 · peso %4 cada em uma vaga de %5&lt;/small&gt;</translation>
    </message>
    <message>
        <source>This file is open read-only: scores cannot be changed.</source>
        <translation>Este arquivo está aberto somente para leitura: as notas não podem ser alteradas.</translation>
    </message>
    <message>
        <source>Type your name to start scoring.</source>
        <translation>Digite seu nome para começar a avaliar.</translation>
    </message>
    <message>
        <source>You see and enter this rater&apos;s scores; each competency&apos;s result combines all raters (median).</source>
        <translation>Você vê e registra as notas deste(a) avaliador(a); o resultado de cada competência combina todos os avaliadores (mediana).</translation>
    </message>
    <message>
        <source>Score not saved</source>
        <translation>Nota não salva</translation>
    </message>
</context>
<context>
    <name>ScoreCardResult</name>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>No limite</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Strategy-leaning</source>
        <translation>Perfil estratégico</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Execution-leaning</source>
        <translation>Perfil executor</translation>
    </message>
    <message>
        <source>Execution-heavy for a CRO seat: sales strategy and cross-team collaboration at risk.</source>
        <translation>Perfil executor demais para uma vaga de CRO: estratégia de vendas e colaboração entre áreas em risco.</translation>
    </message>
    <message>
        <source>Strategy-heavy for a CSO seat: sales execution and decision speed at risk.</source>
        <translation>Perfil estratégico demais para uma vaga de CSO: execução de vendas e agilidade nas decisões em risco.</translation>
    </message>
    <message>
        <source>Low overall: strategy (S) and execution (E) are both below 3.</source>
        <translation>Baixo no geral: estratégia (S) e execução (E) estão ambas abaixo de 3.</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Aderência</translation>
    </message>
    <message>
        <source>fit, 20-100</source>
        <translation>aderência, 20-100</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisória</translation>
    </message>
    <message>
        <source>The fit is projected from the competencies scored so far; it becomes final when all ten are scored.</source>
        <translation>A aderência é projetada a partir das competências avaliadas até agora; ela se torna definitiva quando todas as dez forem avaliadas.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>S is the mean of S1-S4, E the mean of E1-E4, tilt = S - E. A tilt of +0.75 or more leans to strategy, -0.75 or less to execution.</source>
        <translation>S é a média de S1-S4, E é a média de E1-E4, tendência = S - E. Uma tendência de +0,75 ou mais indica perfil estratégico; de -0,75 ou menos, perfil executor.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>Why this fit?</source>
        <translation>Por que essa aderência?</translation>
    </message>
    <message>
        <source>Show the explanation</source>
        <translation>Mostrar a explicação</translation>
    </message>
    <message>
        <source>Show or hide how the fit was reached</source>
        <translation>Mostrar ou ocultar como a aderência foi calculada</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Ocultar a explicação</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Ainda sem notas</translation>
    </message>
    <message>
        <source>Provisional: %1 of %2 not scored yet</source>
        <translation>Provisória: %1 de %2 ainda sem nota</translation>
    </message>
    <message>
        <source>S %1 · E %2</source>
        <translation>S %1 · E %2</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · tilt %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · tendência %3</translation>
    </message>
    <message>
        <source>Critical gap: %1 (weight 3, scored 2 or less).</source>
        <translation>Lacuna crítica: %1 (peso 3, nota 2 ou menos).</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerta</translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <source>%1 score</source>
        <translation>Nota de %1</translation>
    </message>
    <message>
        <source>Press 1 to 5 to score, Delete to clear.</source>
        <translation>Pressione de 1 a 5 para dar a nota e Delete para limpar.</translation>
    </message>
    <message>
        <source>%1 score %2</source>
        <translation>%1, nota %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear %1 score</source>
        <translation>Limpar nota de %1</translation>
    </message>
    <message>
        <source>Remove this rater&apos;s score (Delete)</source>
        <translation>Remover a nota deste avaliador (Delete)</translation>
    </message>
    <message>
        <source>%1: between %2 and %3</source>
        <translation>%1: entre %2 e %3</translation>
    </message>
</context>
<context>
    <name>SearchAttention</name>
    <message>
        <source>Starts %1</source>
        <translation>Começa em %1</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Dia %1 de %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dia %1</translation>
    </message>
</context>
<context>
    <name>SearchCard</name>
    <message>
        <source>No company given</source>
        <translation>Empresa não informada</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Progresso do checklist</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 etapas concluídas</translation>
    </message>
    <message numerus="yes">
        <source>%n in the pipeline</source>
        <translation>
            <numerusform>%n no pipeline</numerusform>
            <numerusform>%n no pipeline</numerusform>
        </translation>
    </message>
    <message>
        <source>Furthest: %1</source>
        <translation>Mais avançado: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open this search</source>
        <translation>Abrir esta busca</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Em dia</translation>
    </message>
    <message>
        <source>%1. %2. %3. Leading candidate: %4. Press Enter to open.</source>
        <translation>%1. %2. %3. Candidato à frente: %4. Pressione Enter para abrir.</translation>
    </message>
    <message>
        <source>1 overdue step</source>
        <translation>1 etapa atrasada</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue steps</source>
        <translation>
            <numerusform>%n etapa atrasada</numerusform>
            <numerusform>%n etapas atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n days</source>
        <translation>
            <numerusform>Sem atividade há %n dia</numerusform>
            <numerusform>Sem atividade há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day past target</source>
        <translation>1 dia após a data prevista</translation>
    </message>
    <message numerus="yes">
        <source>%n days past target</source>
        <translation>
            <numerusform>%n dia após a data prevista</numerusform>
            <numerusform>%n dias após a data prevista</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader: mismatch</source>
        <translation>Líder: desalinhamento</translation>
    </message>
    <message>
        <source>Leader: critical gap</source>
        <translation>Líder: lacuna crítica</translation>
    </message>
    <message>
        <source>Leading: %1</source>
        <translation>À frente: %1</translation>
    </message>
    <message>
        <source>Hired: %1</source>
        <translation>Contratado: %1</translation>
    </message>
    <message>
        <source>No candidates in the pipeline</source>
        <translation>Nenhum candidato no pipeline</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Ainda sem notas</translation>
    </message>
    <message>
        <source>Score candidates to see who leads</source>
        <translation>Avalie os candidatos para ver quem está à frente</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>New search “%1”</source>
        <translation>Nova busca “%1”</translation>
    </message>
    <message>
        <source>Search created with its checklist.</source>
        <translation>Busca criada com o checklist.</translation>
    </message>
    <message>
        <source>Search archived. Tick “Show archived searches” to see it.</source>
        <translation>Busca arquivada. Marque “Mostrar buscas arquivadas” para vê-la.</translation>
    </message>
    <message>
        <source>Delete search</source>
        <translation>Excluir busca</translation>
    </message>
    <message>
        <source>Delete “%1” with its checklist, candidates, notes and scores?

You can undo this with Edit &gt; Undo.</source>
        <translation>Excluir “%1” com o checklist, os candidatos, as anotações e as notas?

Você pode desfazer isso em Editar &gt; Desfazer.</translation>
    </message>
    <message>
        <source>Could not add the sample searches</source>
        <translation>Não foi possível adicionar as buscas de exemplo</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample search(es).</source>
        <translation>
            <numerusform>%n busca de exemplo adicionada.</numerusform>
            <numerusform>%n buscas de exemplo adicionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the search</source>
        <translation>Não foi possível exportar a busca</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Busca exportada para %1</translation>
    </message>
    <message>
        <source>Export search</source>
        <translation>Exportar busca</translation>
    </message>
    <message numerus="yes">
        <source>This search holds %n confidential note(s) or pay expectation(s).</source>
        <translation>
            <numerusform>Este processo seletivo tem %n anotação confidencial ou pretensão salarial.</numerusform>
            <numerusform>Este processo seletivo tem %n anotações confidenciais ou pretensões salariais.</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay out of the file unless you tick the box. Your colleague gets everything else: candidates, other notes, scores and the checklist.</source>
        <translation>Elas ficam fora do arquivo, a menos que você marque a caixa. Seu colega recebe todo o resto: candidatos, demais anotações, notas e o checklist.</translation>
    </message>
    <message>
        <source>&amp;Include confidential notes and pay expectations</source>
        <translation>&amp;Incluir anotações confidenciais e pretensões salariais</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Não é possível importar este arquivo</translation>
    </message>
    <message>
        <source>Could not import the search</source>
        <translation>Não foi possível importar a busca</translation>
    </message>
    <message>
        <source>Search imported.</source>
        <translation>Busca importada.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n candidate(s).</source>
        <translation>
            <numerusform>%n candidato adicionado.</numerusform>
            <numerusform>%n candidatos adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import candidates</source>
        <translation>Importar candidatos</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>RevSearch search (*.revsearch)</source>
        <translation>Busca do RevSearch (*.revsearch)</translation>
    </message>
    <message>
        <source>Import search</source>
        <translation>Importar busca</translation>
    </message>
    <message>
        <source>RevSearch search (*.revsearch);;All files (*)</source>
        <translation>Busca do RevSearch (*.revsearch);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>This search is already here</source>
        <translation>Esta busca já está aqui</translation>
    </message>
    <message>
        <source>“%1” is already in this database.</source>
        <translation>“%1” já está neste banco de dados.</translation>
    </message>
    <message>
        <source>Replace it with the file&apos;s version, or keep both as separate searches?</source>
        <translation>Substituí-la pela versão do arquivo ou manter as duas como buscas separadas?</translation>
    </message>
    <message>
        <source>Confidential notes and pay expectations here are kept: the file does not carry them.</source>
        <translation>As anotações confidenciais e as pretensões salariais daqui são mantidas: o arquivo não as traz.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter as duas</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Edit search</source>
        <translation>Editar busca</translation>
    </message>
    <message>
        <source>New search</source>
        <translation>Nova busca</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Chief Revenue Officer</source>
        <translation>ex.: Chief Revenue Officer</translation>
    </message>
    <message>
        <source>CRO: revenue strategy across channels</source>
        <translation>CRO: estratégia de receita em vários canais</translation>
    </message>
    <message>
        <source>CSO: sales execution in one channel</source>
        <translation>CSO: execução de vendas em um único canal</translation>
    </message>
    <message>
        <source>Role: Chief Revenue Officer</source>
        <translation>Cargo: Chief Revenue Officer</translation>
    </message>
    <message>
        <source>Role: Chief Sales Officer</source>
        <translation>Cargo: Chief Sales Officer</translation>
    </message>
    <message>
        <source>Help me decide...</source>
        <translation>Ajude-me a decidir...</translation>
    </message>
    <message>
        <source>Help me decide between CRO and CSO</source>
        <translation>Ajude-me a decidir entre CRO e CSO</translation>
    </message>
    <message>
        <source>Answer twelve questions about the business unit to see which role it needs</source>
        <translation>Responda a doze perguntas sobre a unidade de negócio para ver de qual cargo ela precisa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidade de negócio</translation>
    </message>
    <message>
        <source>e.g. EMEA, Group</source>
        <translation>ex.: LATAM, Grupo</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Gestor(a) da contratação</translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation>Nome e cargo</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codinome</translation>
    </message>
    <message>
        <source>Optional, for a confidential search</source>
        <translation>Opcional, para uma busca confidencial</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Business unit:</source>
        <translation>&amp;Unidade de negócio:</translation>
    </message>
    <message>
        <source>&amp;Hiring manager:</source>
        <translation>&amp;Gestor(a) da contratação:</translation>
    </message>
    <message>
        <source>C&amp;ode name:</source>
        <translation>&amp;Codinome:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Data de início:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Create search</source>
        <translation>Criar busca</translation>
    </message>
    <message>
        <source>RevSearch creates the role&apos;s 39-step checklist with due dates counted from the start date.</source>
        <translation>O RevSearch cria o checklist de 39 etapas do cargo, com prazos contados a partir da data de início.</translation>
    </message>
    <message>
        <source>The role is fixed once the checklist exists.</source>
        <translation>O cargo não pode mais ser alterado depois que o checklist é criado.</translation>
    </message>
    <message>
        <source>Changing the start date does not move the checklist&apos;s dates.</source>
        <translation>Alterar a data de início não muda os prazos do checklist.</translation>
    </message>
</context>
<context>
    <name>SearchLabels</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Preenchida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>SearchListModel</name>
    <message>
        <source>%1, %2, %3, checklist %4%, %5 overdue</source>
        <translation>%1, %2, %3, checklist %4%, etapas atrasadas: %5</translation>
    </message>
    <message>
        <source>%1 · archived</source>
        <translation>%1 · arquivada</translation>
    </message>
    <message>
        <source>Code name: %1</source>
        <translation>Codinome: %1</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 steps done</source>
        <translation>Checklist: %1 de %2 etapas concluídas</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n etapa atrasada</numerusform>
            <numerusform>%n etapas atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the pipeline</source>
        <translation>
            <numerusform>%n candidato no pipeline</numerusform>
            <numerusform>%n candidatos no pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasado</numerusform>
            <numerusform>%n atrasados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>C&amp;andidates</source>
        <translation>Ca&amp;ndidatos</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>&amp;Diagnostic</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Export report...</source>
        <translation>Exportar relatório...</translation>
    </message>
    <message>
        <source>A progress report of this search for the board (PDF, HTML) or the committee (Excel, CSV)</source>
        <translation>Relatório de andamento desta busca para o conselho (PDF, HTML) ou o comitê (Excel, CSV)</translation>
    </message>
    <message>
        <source>Hiring manager: %1</source>
        <translation>Gestor(a) da contratação: %1</translation>
    </message>
    <message>
        <source>%1 · archived</source>
        <translation>%1 · arquivada</translation>
    </message>
    <message>
        <source>See the Diagnostic tab; a search&apos;s role is fixed, so create a new search if the seat should change.</source>
        <translation>Veja a aba Diagnóstico; o cargo de uma busca não muda, então crie uma nova busca se a vaga precisar mudar.</translation>
    </message>
</context>
<context>
    <name>SearchSidebar</name>
    <message>
        <source>New search</source>
        <translation>Nova busca</translation>
    </message>
    <message>
        <source>All searches</source>
        <translation>Todas as buscas</translation>
    </message>
    <message>
        <source>All searches: the dashboard</source>
        <translation>Todas as buscas: o painel</translation>
    </message>
    <message>
        <source>Filter searches</source>
        <translation>Filtrar buscas</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Buscas</translation>
    </message>
    <message>
        <source>No search matches the filter.</source>
        <translation>Nenhuma busca corresponde ao filtro.</translation>
    </message>
    <message>
        <source>Show archived searches</source>
        <translation>Mostrar buscas arquivadas</translation>
    </message>
    <message>
        <source>No searches yet.</source>
        <translation>Nenhuma busca ainda.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Buscas</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codinome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unidade de negócio</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Gestor(a) da contratação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dias em aberto</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Etapas concluídas</translation>
    </message>
    <message>
        <source>Steps total</source>
        <translation>Total de etapas</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progresso (%)</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Etapas atrasadas</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>No pipeline</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Left the search</source>
        <translation>Saíram do processo</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Concluída em</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Cargo atual</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Left as</source>
        <translation>Saída como</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo da saída</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dias na etapa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado em</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Aderência</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisória</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Strategy (S)</source>
        <translation>Estratégia (S)</translation>
    </message>
    <message>
        <source>Execution (E)</source>
        <translation>Execução (E)</translation>
    </message>
    <message>
        <source>Tilt (S - E)</source>
        <translation>Inclinação (S - E)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Critical gaps</source>
        <translation>Lacunas críticas</translation>
    </message>
    <message>
        <source>Pay expectation</source>
        <translation>Pretensão salarial</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato(a)</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competência</translation>
    </message>
    <message>
        <source>Competency name</source>
        <translation>Nome da competência</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Avaliador(a)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Open searches</source>
        <translation>Buscas em andamento</translation>
    </message>
</context>
<context>
    <name>StageHistory</name>
    <message>
        <source>Added to the search</source>
        <translation>Adicionado(a) à busca</translation>
    </message>
    <message>
        <source>Back in the pipeline</source>
        <translation>De volta ao pipeline</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 é uma pasta, não um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não foi possível ler %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a RevSearch database.</source>
        <translation>%1 está vazio: não é um banco de dados do RevSearch.</translation>
    </message>
    <message>
        <source>%1 is not a RevSearch database (not a SQLite file, or its start is damaged).</source>
        <translation>%1 não é um banco de dados do RevSearch (não é um arquivo SQLite, ou o início dele está danificado).</translation>
    </message>
    <message>
        <source>%1 is damaged or unreadable (%2).</source>
        <translation>%1 está danificado ou ilegível (%2).</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a RevSearch database; it was left unchanged.</source>
        <translation>%1 é um arquivo SQLite vazio, não um banco de dados do RevSearch; ele não foi alterado.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a RevSearch database; it was left unchanged.</source>
        <translation>%1 é um banco de dados de outro aplicativo, não do RevSearch; ele não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer RevSearch (schema version %2); this one knows up to version %3. Update RevSearch to open it.</source>
        <translation>%1 foi gravado por uma versão mais nova do RevSearch (versão %2 do esquema); esta versão reconhece até a versão %3. Atualize o RevSearch para abri-lo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Não foi possível abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 está danificado (%2).</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Não há banco de dados em %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Não foi possível criar a pasta %1: %2.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade but cannot be written (read-only).</source>
        <translation>%1 precisa ser atualizado, mas não pode ser gravado (somente leitura).</translation>
    </message>
    <message>
        <source>Upgrading %1 failed (%2); it was left at schema version %3.</source>
        <translation>A atualização de %1 falhou (%2); ele continua na versão %3 do esquema.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2.</source>
        <translation>Não foi possível usar %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Não foi possível criar %1: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 já existe; escolha outro nome.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2.</source>
        <translation>Não foi possível fazer o backup em %1: %2.</translation>
    </message>
    <message>
        <source>Restoring into %1 failed: %2.</source>
        <translation>A restauração em %1 falhou: %2.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup.</source>
        <translation>Esse arquivo é o próprio banco de dados; escolha um backup.</translation>
    </message>
    <message>
        <source>That backup no longer exists (%1); choose another.</source>
        <translation>Esse backup não existe mais (%1); escolha outro.</translation>
    </message>
    <message>
        <source>No search with id &apos;%1&apos;.</source>
        <translation>Não há processo seletivo com o id “%1”.</translation>
    </message>
    <message>
        <source>No candidate with id &apos;%1&apos;.</source>
        <translation>Não há candidato(a) com o id “%1”.</translation>
    </message>
    <message>
        <source>No checklist step with id &apos;%1&apos;.</source>
        <translation>Não há passo do checklist com o id “%1”.</translation>
    </message>
    <message>
        <source>No note with id &apos;%1&apos;.</source>
        <translation>Não há anotação com o id “%1”.</translation>
    </message>
    <message>
        <source>%1 is not a CSV or Excel (.xlsx) file; save it as one of those first.</source>
        <translation>%1 não é um arquivo CSV nem do Excel (.xlsx); salve-o em um desses formatos antes.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Não foi possível ler %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1 has no header row: row 1 holds data, not column names such as &apos;Name&apos; or &apos;Email&apos;.</source>
        <translation>%1 não tem linha de cabeçalho: a linha 1 traz dados, e não nomes de colunas como “Nome” ou “E-mail”.</translation>
    </message>
    <message>
        <source>%1 is not a text CSV file (it looks like another kind).</source>
        <translation>%1 não é um arquivo CSV de texto (parece ser de outro tipo).</translation>
    </message>
    <message>
        <source>%1 row %2 cannot be read: %3.</source>
        <translation>Não foi possível ler a linha %2 de %1: %3.</translation>
    </message>
    <message>
        <source>%1 is in an unknown text encoding; save it as CSV UTF-8.</source>
        <translation>%1 está em uma codificação de texto desconhecida; salve-o como CSV UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not an Excel .xlsx file (it looks like another kind).</source>
        <translation>%1 não é um arquivo .xlsx do Excel (parece ser de outro tipo).</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 não tem planilhas.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel .xlsx file: %2.</source>
        <translation>Não foi possível ler %1 como arquivo .xlsx do Excel: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (its first sheet has no cells).</source>
        <translation>%1 está vazio (a primeira planilha não tem células).</translation>
    </message>
    <message>
        <source>The search &apos;%1&apos; is already in this database; replace it or keep both.</source>
        <translation>O processo seletivo “%1” já está neste banco de dados; substitua-o ou mantenha os dois.</translation>
    </message>
    <message>
        <source>There is no search with id &apos;%1&apos; to export.</source>
        <translation>Não há processo seletivo com o id “%1” para exportar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>A pasta %1 não existe; escolha outro local.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 é uma pasta; informe o nome de um arquivo a gravar.</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a RevSearch search file.</source>
        <translation>%1 está vazio; não é um arquivo de processo seletivo do RevSearch.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (bad byte at position %2); it is not a RevSearch search file.</source>
        <translation>%1 não é um texto em UTF-8 (byte inválido na posição %2); não é um arquivo de processo seletivo do RevSearch.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4); it is not a RevSearch search file.</source>
        <translation>%1 não é um JSON válido (linha %2, coluna %3: %4); não é um arquivo de processo seletivo do RevSearch.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object; it is not a search file.</source>
        <translation>%1 não contém um objeto JSON; não é um arquivo de processo seletivo.</translation>
    </message>
    <message>
        <source>%1 is not a RevSearch search file (format %2, expected %3).</source>
        <translation>%1 não é um arquivo de processo seletivo do RevSearch (formato %2; o esperado é %3).</translation>
    </message>
    <message>
        <source>%1 has no valid format version (%2).</source>
        <translation>%1 não tem uma versão de formato válida (%2).</translation>
    </message>
    <message>
        <source>%1 was written by a newer RevSearch (format version %2; this one reads up to %3). Update RevSearch to import it.</source>
        <translation>%1 foi gravado por uma versão mais nova do RevSearch (versão %2 do formato; esta versão lê até a versão %3). Atualize o RevSearch para importá-lo.</translation>
    </message>
    <message>
        <source>%1: &apos;confidential_included&apos; must be true or false.</source>
        <translation>%1: “confidential_included” deve ser true ou false.</translation>
    </message>
    <message>
        <source>%1 is missing the &apos;search&apos; object.</source>
        <translation>Falta o objeto “search” em %1.</translation>
    </message>
    <message>
        <source>%1: the search has no id.</source>
        <translation>%1: o processo seletivo não tem id.</translation>
    </message>
    <message>
        <source>%1: the search&apos;s &apos;language&apos; must be one of %2, not %3.</source>
        <translation>%1: o “language” do processo seletivo deve ser um destes: %2; não %3.</translation>
    </message>
    <message>
        <source>%1 is missing the &apos;%2&apos; list.</source>
        <translation>Falta a lista “%2” em %1.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of objects.</source>
        <translation>%1: “%2” deve ser uma lista de objetos.</translation>
    </message>
    <message>
        <source>%1: %2 row %3 points to %4 %5, which is not in the file.</source>
        <translation>%1: a linha %3 de %2 aponta para %4 %5, que não está no arquivo.</translation>
    </message>
    <message>
        <source>%1: scores row %2, field &apos;score&apos; must be a whole number from 1 to 5, not %3.</source>
        <translation>%1: na linha %2 de scores, o campo “score” deve ser um número inteiro de 1 a 5, não %3.</translation>
    </message>
    <message>
        <source>%1: a row in &apos;%2&apos; has no id.</source>
        <translation>%1: uma linha de “%2” não tem id.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds the same id twice.</source>
        <translation>%1: “%2” tem o mesmo id duas vezes.</translation>
    </message>
    <message>
        <source>%1: candidates row %2, field &apos;%3&apos; must be a time such as 2026-04-01T09:00:00.000Z or null, not %4.</source>
        <translation>%1: na linha %2 de candidates, o campo “%3” deve ser um horário como 2026-04-01T09:00:00.000Z ou null, não %4.</translation>
    </message>
    <message>
        <source>%1: the search&apos;s &apos;%2&apos; must be a time such as 2026-04-01T09:00:00.000Z or null, not %3.</source>
        <translation>%1: o campo “%2” do processo seletivo deve ser um horário como 2026-04-01T09:00:00.000Z ou null, não %3.</translation>
    </message>
    <message>
        <source>%1: candidates row %2, field &apos;%3&apos; must be a whole number from %4 or null, not %5.</source>
        <translation>%1: na linha %2 de candidates, o campo “%3” deve ser um número inteiro a partir de %4 ou null, não %5.</translation>
    </message>
    <message>
        <source>%1: the search&apos;s &apos;%2&apos; must be a whole number from %3 or null, not %4.</source>
        <translation>%1: o campo “%2” do processo seletivo deve ser um número inteiro a partir de %3 ou null, não %4.</translation>
    </message>
    <message>
        <source>%1: %2 row %3, field &apos;%4&apos; is not a plain value.</source>
        <translation>%1: na linha %3 de %2, o campo “%4” não é um valor simples.</translation>
    </message>
    <message>
        <source>%1: %2 row %3, field &apos;%4&apos; holds a broken character (a lone surrogate), not text.</source>
        <translation>%1: na linha %3 de %2, o campo “%4” tem um caractere corrompido (um surrogate isolado), e não texto.</translation>
    </message>
    <message>
        <source>%1: %2 row %3, field &apos;%4&apos; contains a control character (%5).</source>
        <translation>%1: na linha %3 de %2, o campo “%4” contém um caractere de controle (%5).</translation>
    </message>
    <message>
        <source>The file&apos;s %1 hold data RevSearch cannot accept (%2).</source>
        <translation>Os dados de %1 no arquivo não podem ser aceitos pelo RevSearch (%2).</translation>
    </message>
    <message>
        <source>The file&apos;s %1 have unknown fields: %2.</source>
        <translation>Os dados de %1 no arquivo têm campos desconhecidos: %2.</translation>
    </message>
</context>
<context>
    <name>StrategyExecutionChart</name>
    <message>
        <source>Strategy against execution chart</source>
        <translation>Gráfico de estratégia versus execução</translation>
    </message>
    <message>
        <source>Each candidate&apos;s strategy (S) and execution (E) means; the shaded area suits the seat. The matrix beside it holds the same scores.</source>
        <translation>Médias de estratégia (S) e execução (E) de cada candidato; a área sombreada é a adequada à vaga. A matriz ao lado traz as mesmas notas.</translation>
    </message>
    <message>
        <source>No candidate has both strategy and execution scored yet.</source>
        <translation>Nenhum candidato tem ainda notas de estratégia e de execução.</translation>
    </message>
    <message>
        <source>Execution (E)</source>
        <translation>Execução (E)</translation>
    </message>
    <message>
        <source>Strategy (S)</source>
        <translation>Estratégia (S)</translation>
    </message>
    <message>
        <source>Suits a CRO seat</source>
        <translation>Adequado para CRO</translation>
    </message>
    <message>
        <source>Suits a CSO seat</source>
        <translation>Adequado para CSO</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato(a)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Com alerta</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Saiu</translation>
    </message>
    <message>
        <source>S = E</source>
        <translation>S = E</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to RevSearch</source>
        <translation>Boas-vindas ao RevSearch</translation>
    </message>
    <message>
        <source>Run your Chief Revenue Officer and Chief Sales Officer searches in one place: a hiring checklist with owners and due dates, every candidate with notes and scores, and a warning when someone does not fit the seat.</source>
        <translation>Conduza seus processos seletivos de Chief Revenue Officer e Chief Sales Officer em um só lugar: um checklist de contratação com responsáveis e prazos, cada candidato com suas anotações e notas, e um alerta quando alguém não se encaixa na vaga.</translation>
    </message>
    <message>
        <source>Create your first search</source>
        <translation>Criar sua primeira busca</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Explorar com dados de exemplo</translation>
    </message>
    <message>
        <source>The sample adds three fictional searches you can delete at any time.</source>
        <translation>O exemplo adiciona três buscas fictícias, que você pode excluir a qualquer momento.</translation>
    </message>
</context>
<context>
    <name>WindowKeeper</name>
    <message>
        <source>Cannot open this database</source>
        <translation>Não é possível abrir este banco de dados</translation>
    </message>
    <message>
        <source>%1 no longer exists. It was removed from the recent list.</source>
        <translation>%1 não existe mais e foi removido da lista de arquivos recentes.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database file %1 is no longer where it was: it was moved, renamed or deleted while RevSearch had it open. Put it back, or use File &gt; Open database or File &gt; Restore from backup.</source>
        <translation>O arquivo do banco de dados %1 não está mais onde estava: ele foi movido, renomeado ou excluído enquanto estava aberto no RevSearch. Coloque-o de volta ou use Arquivo &gt; Abrir banco de dados ou Arquivo &gt; Restaurar backup.</translation>
    </message>
    <message>
        <source>New search “%1”</source>
        <translation>Nova busca “%1”</translation>
    </message>
    <message>
        <source>Edit search</source>
        <translation>Editar busca</translation>
    </message>
    <message>
        <source>Change search status</source>
        <translation>Alterar status da busca</translation>
    </message>
    <message>
        <source>Archive search</source>
        <translation>Arquivar busca</translation>
    </message>
    <message>
        <source>Unarchive search</source>
        <translation>Desarquivar busca</translation>
    </message>
    <message>
        <source>Delete search</source>
        <translation>Excluir busca</translation>
    </message>
    <message>
        <source>Import search “%1”</source>
        <translation>Importar busca “%1”</translation>
    </message>
    <message>
        <source>Answer the role diagnostic</source>
        <translation>Responder ao diagnóstico da vaga</translation>
    </message>
    <message>
        <source>Clear the role diagnostic</source>
        <translation>Limpar o diagnóstico da vaga</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Marcar etapa como concluída</translation>
    </message>
    <message>
        <source>Mark step not applicable</source>
        <translation>Marcar que a etapa não se aplica</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>Reabrir etapa</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Editar etapa</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adicionar etapa</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover etapa</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover etapa</translation>
    </message>
    <message>
        <source>Add candidate “%1”</source>
        <translation>Adicionar candidato “%1”</translation>
    </message>
    <message>
        <source>Edit candidate</source>
        <translation>Editar candidato</translation>
    </message>
    <message>
        <source>Move candidate to %1</source>
        <translation>Mover candidato para %1</translation>
    </message>
    <message>
        <source>Candidate leaves: %1</source>
        <translation>Saída do candidato: %1</translation>
    </message>
    <message>
        <source>Bring candidate back</source>
        <translation>Trazer candidato de volta</translation>
    </message>
    <message>
        <source>Import %1 candidates</source>
        <translation>Importar %1 candidatos</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Excluir candidato</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar anotação</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar anotação</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir anotação</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Scorecard: %1</translation>
    </message>
    <message>
        <source>Clear score %1</source>
        <translation>Limpar nota %1</translation>
    </message>
</context>
<context>
    <name>_QuestionRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This answer decides the recommendation.</source>
        <translation>Esta resposta define a recomendação.</translation>
    </message>
</context>
<context>
    <name>_ResultPanel</name>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Answers behind it (▶ in the form)</source>
        <translation>Respostas decisivas (▶ no formulário)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Complementary hire to plan</source>
        <translation>Contratação complementar a planejar</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Nenhuma resposta ainda</translation>
    </message>
    <message>
        <source>Answer the questions; the recommendation follows each answer.</source>
        <translation>Responda às perguntas; a recomendação se atualiza a cada resposta.</translation>
    </message>
    <message>
        <source>Hire a CRO</source>
        <translation>Contrate um CRO</translation>
    </message>
    <message>
        <source>Hire a CSO</source>
        <translation>Contrate um CSO</translation>
    </message>
    <message>
        <source>Not clear yet</source>
        <translation>Ainda não está claro</translation>
    </message>
    <message>
        <source>Based on all %1 answers.</source>
        <translation>Com base em todas as %1 respostas.</translation>
    </message>
    <message>
        <source>Provisional: %1 of %2 questions not answered yet (they count as 0).</source>
        <translation>Provisória: %1 de %2 perguntas ainda sem resposta (contam como 0).</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Complexity (C)</source>
        <translation>Complexidade (C)</translation>
    </message>
    <message>
        <source>Growth pains (G)</source>
        <translation>Dores de crescimento (G)</translation>
    </message>
    <message>
        <source>Scope (P)</source>
        <translation>Escopo (P)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 (see &apos;revsearch --help&apos;)</source>
        <translation>%1 (veja &apos;revsearch --help&apos;)</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra esta ajuda e sai</translation>
    </message>
    <message>
        <source>the database file (default: $REVSEARCH_DB, else revsearch.sqlite3 in the user data folder)</source>
        <translation>o arquivo do banco de dados (padrão: $REVSEARCH_DB; se não houver, revsearch.sqlite3 na pasta de dados do usuário)</translation>
    </message>
    <message>
        <source>RevSearch: run CRO and CSO executive searches offline. With no command, starts the desktop app.</source>
        <translation>RevSearch: conduza processos seletivos de CRO e CSO offline. Sem um comando, abre o aplicativo.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra a versão do programa e sai</translation>
    </message>
    <message>
        <source>the language for this run, of the app or of a command&apos;s messages: en or pt_BR (default: the one chosen in View &gt; Language, else the system&apos;s)</source>
        <translation>o idioma desta execução, do aplicativo ou das mensagens de um comando: en ou pt_BR (padrão: o escolhido em Exibir &gt; Idioma; se não houver, o do sistema)</translation>
    </message>
    <message>
        <source>start, open the database, show the main window, run the event loop once, exit</source>
        <translation>inicia, abre o banco de dados, mostra a janela principal, executa o loop de eventos uma vez e sai</translation>
    </message>
    <message>
        <source>add the sample searches</source>
        <translation>adiciona as buscas de exemplo</translation>
    </message>
    <message>
        <source>show every search</source>
        <translation>mostra todas as buscas</translation>
    </message>
    <message>
        <source>print a JSON list of objects</source>
        <translation>imprime uma lista JSON de objetos</translation>
    </message>
    <message>
        <source>check integrity and schema version (exit 2 if unusable)</source>
        <translation>verifica a integridade e a versão do esquema (sai com 2 se o arquivo não puder ser usado)</translation>
    </message>
    <message>
        <source>write a consistent copy</source>
        <translation>grava uma cópia consistente</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder)</source>
        <translation>onde gravá-la (padrão: a pasta de backups)</translation>
    </message>
    <message>
        <source>replace the database with a backup (keeps a copy)</source>
        <translation>substitui o banco de dados por um backup (guarda uma cópia)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>o backup a restaurar</translation>
    </message>
    <message>
        <source>the search&apos;s id (or its first 8+ characters) or title</source>
        <translation>o id da busca (ou os 8 primeiros caracteres dele, ou mais) ou o título</translation>
    </message>
    <message>
        <source>include confidential notes and pay expectations (left out by default)</source>
        <translation>inclui anotações confidenciais e pretensões salariais (ficam de fora por padrão)</translation>
    </message>
    <message>
        <source>write one search with everything in it to a .revsearch file</source>
        <translation>grava uma busca, com tudo o que ela contém, em um arquivo .revsearch</translation>
    </message>
    <message>
        <source>the .revsearch file to write</source>
        <translation>o arquivo .revsearch a gravar</translation>
    </message>
    <message>
        <source>write everything held about one person as JSON (for an access request)</source>
        <translation>grava em JSON tudo o que há sobre uma pessoa (para um pedido de acesso aos dados)</translation>
    </message>
    <message>
        <source>the candidate&apos;s id (or its first 8+ characters) or e-mail address; their records in other searches with the same e-mail or LinkedIn profile are included</source>
        <translation>o id do candidato (ou os 8 primeiros caracteres dele, ou mais) ou o endereço de e-mail; os registros da pessoa em outras buscas com o mesmo e-mail ou perfil do LinkedIn são incluídos</translation>
    </message>
    <message>
        <source>the .json file to write</source>
        <translation>o arquivo .json a gravar</translation>
    </message>
    <message>
        <source>write a progress report (PDF, HTML, Excel or CSV) of a search or of all open ones</source>
        <translation>grava um relatório de andamento (PDF, HTML, Excel ou CSV) de uma busca ou de todas as buscas em aberto</translation>
    </message>
    <message>
        <source>a portfolio report of every open search</source>
        <translation>um relatório do portfólio com todas as buscas em aberto</translation>
    </message>
    <message>
        <source>the file format</source>
        <translation>o formato do arquivo</translation>
    </message>
    <message>
        <source>the file to write (a single search&apos;s CSV export writes PATH-candidates.csv and PATH-checklist.csv; a portfolio&apos;s is a .zip)</source>
        <translation>o arquivo a gravar (o CSV de uma só busca grava PATH-candidates.csv e PATH-checklist.csv; o de um portfólio é um .zip)</translation>
    </message>
    <message>
        <source>replace candidates&apos; names and contacts with codes such as &apos;Candidate C-07&apos;</source>
        <translation>substitui os nomes e contatos dos candidatos por códigos como “Candidato(a) C-07”</translation>
    </message>
    <message>
        <source>paper size of a PDF or printed HTML (default: from the report&apos;s language&apos;s country, else the system&apos;s locale)</source>
        <translation>tamanho do papel de um PDF ou de um HTML impresso (padrão: o do país do idioma do relatório; se não houver, o da localidade do sistema)</translation>
    </message>
    <message>
        <source>the report&apos;s language (and this command&apos;s): en or pt_BR (default: the app&apos;s language)</source>
        <translation>o idioma do relatório (e deste comando): en ou pt_BR (padrão: o idioma do aplicativo)</translation>
    </message>
    <message>
        <source>add a search from a .revsearch file</source>
        <translation>adiciona uma busca de um arquivo .revsearch</translation>
    </message>
    <message>
        <source>the .revsearch file to read</source>
        <translation>o arquivo .revsearch a ler</translation>
    </message>
    <message>
        <source>if the search is already there, replace it</source>
        <translation>se a busca já existir, substitui a busca</translation>
    </message>
    <message>
        <source>if the search is already there, add a copy with new ids and &apos; (copy)&apos; in its title</source>
        <translation>se a busca já existir, adiciona uma cópia com novos ids e &apos; (copy)&apos; no título</translation>
    </message>
    <message>
        <source>add candidates to a search from a CSV or Excel (.xlsx) file</source>
        <translation>adiciona candidatos a uma busca a partir de um arquivo CSV ou Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file to read</source>
        <translation>o arquivo .csv ou .xlsx a ler</translation>
    </message>
    <message>
        <source>show what would be imported and write nothing</source>
        <translation>mostra o que seria importado, sem gravar nada</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: choose one of %2.</source>
        <translation>Idioma desconhecido “%1”: escolha um destes: %2.</translation>
    </message>
    <message>
        <source>--db needs the path of a database file.</source>
        <translation>--db precisa do caminho de um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>An argument holds characters that are not valid text; check the terminal&apos;s encoding (UTF-8) and type it again.</source>
        <translation>Um argumento contém caracteres que não são texto válido; verifique a codificação do terminal (UTF-8) e digite-o de novo.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2.</source>
        <translation>O banco de dados %1 não pode ser usado: %2.</translation>
    </message>
    <message>
        <source>Unexpected error (%1); details are in %2.</source>
        <translation>Erro inesperado (%1); os detalhes estão em %2.</translation>
    </message>
    <message>
        <source>Unexpected error (%1).</source>
        <translation>Erro inesperado (%1).</translation>
    </message>
    <message>
        <source>The sample searches are already in %1.</source>
        <translation>As buscas de exemplo já estão em %1.</translation>
    </message>
    <message>
        <source>No searches yet: there is no database at %1.</source>
        <translation>Ainda não há buscas: não há banco de dados em %1.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Não há banco de dados em %1.</translation>
    </message>
    <message>
        <source>OK: %1 is a healthy RevSearch database (integrity ok, schema version %2; it will be upgraded to version %3 when opened).</source>
        <translation>OK: %1 é um banco de dados do RevSearch em bom estado (integridade ok, versão %2 do esquema; será atualizado para a versão %3 ao ser aberto).</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>Não há banco de dados em %1 para fazer backup.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 já existe; escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Backup de %1 gravado em %2.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Não há arquivo de backup em %1.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup.</source>
        <translation>Esse arquivo é o próprio banco de dados; escolha um backup.</translation>
    </message>
    <message>
        <source>%1 is a folder; --db needs the path of a database file.</source>
        <translation>%1 é uma pasta; --db precisa do caminho de um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 restaurado em %2.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>O arquivo substituído foi guardado como %1.</translation>
    </message>
    <message>
        <source>-o needs the path of the file to write.</source>
        <translation>-o precisa do caminho do arquivo a gravar.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the file&apos;s name, e.g. %2</source>
        <translation>%1 é uma pasta; informe o nome do arquivo, por exemplo %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Gravado: %1</translation>
    </message>
    <message>
        <source>Exported the search &apos;%1&apos; to %2.</source>
        <translation>Processo seletivo “%1” exportado para %2.</translation>
    </message>
    <message>
        <source>Exported the search &apos;%1&apos; to %2 without confidential notes and pay expectations (--include-confidential adds them).</source>
        <translation>Processo seletivo “%1” exportado para %2 sem as anotações confidenciais e as pretensões salariais (--include-confidential as inclui).</translation>
    </message>
    <message>
        <source>%1 is not a file name; give the .json file to write.</source>
        <translation>%1 não é um nome de arquivo; informe o arquivo .json a gravar.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Não há arquivo em %1.</translation>
    </message>
    <message>
        <source>The search &apos;%1&apos; is already in %2; run again with --replace to replace it or --keep-both to add a copy.</source>
        <translation>O processo seletivo “%1” já está em %2; execute de novo com --replace para substituí-lo ou com --keep-both para adicionar uma cópia.</translation>
    </message>
    <message>
        <source>Replaced the search &apos;%1&apos; (%2) from %3 into %4.</source>
        <translation>Processo seletivo “%1” (%2) substituído em %4 pelo de %3.</translation>
    </message>
    <message>
        <source>Imported the search &apos;%1&apos; (%2) from %3 into %4.</source>
        <translation>Processo seletivo “%1” (%2) importado de %3 para %4.</translation>
    </message>
    <message>
        <source>Confidential notes and pay expectations here were kept: the file does not carry them.</source>
        <translation>As anotações confidenciais e as pretensões salariais daqui foram mantidas: o arquivo não as traz.</translation>
    </message>
    <message>
        <source>No column of %1 is recognised as the name; name one &apos;Name&apos;, or &apos;First Name&apos; and &apos;Last Name&apos;.</source>
        <translation>Nenhuma coluna de %1 foi reconhecida como o nome; chame uma de “Nome”, ou duas de “Primeiro nome” e “Sobrenome”.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulação: nada foi gravado.</translation>
    </message>
    <message>
        <source>No searches yet in %1. Try &apos;revsearch demo&apos; to add sample searches.</source>
        <translation>Ainda não há buscas em %1. Experimente &apos;revsearch demo&apos; para adicionar buscas de exemplo.</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, arquivada</translation>
    </message>
    <message>
        <source>none in the pipeline</source>
        <translation>nenhum no pipeline</translation>
    </message>
    <message>
        <source>candidates: %1; left: %2</source>
        <translation>candidatos: %1; saíram: %2</translation>
    </message>
    <message>
        <source>candidates: %1</source>
        <translation>candidatos: %1</translation>
    </message>
    <message>
        <source>id %1 · %2 · %3 · day %4</source>
        <translation>id %1 · %2 · %3 · dia %4</translation>
    </message>
    <message>
        <source>no company set</source>
        <translation>empresa não informada</translation>
    </message>
    <message>
        <source>checklist %1/%2 (%3%)</source>
        <translation>checklist %1/%2 (%3%)</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colunas:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(não importada)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Skipped row %1: %2.</source>
        <translation>Linha %1 ignorada: %2.</translation>
    </message>
    <message>
        <source>Row %1 (%2) is already in another search: %3.</source>
        <translation>A linha %1 (%2) já está em outra busca: %3.</translation>
    </message>
    <message>
        <source>full_name</source>
        <comment>field</comment>
        <translation>nome completo</translation>
    </message>
    <message>
        <source>first_name</source>
        <comment>field</comment>
        <translation>nome</translation>
    </message>
    <message>
        <source>last_name</source>
        <comment>field</comment>
        <translation>sobrenome</translation>
    </message>
    <message>
        <source>current_title</source>
        <comment>field</comment>
        <translation>cargo</translation>
    </message>
    <message>
        <source>current_company</source>
        <comment>field</comment>
        <translation>empresa</translation>
    </message>
    <message>
        <source>location</source>
        <comment>field</comment>
        <translation>localização</translation>
    </message>
    <message>
        <source>email</source>
        <comment>field</comment>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>field</comment>
        <translation>telefone</translation>
    </message>
    <message>
        <source>linkedin_url</source>
        <comment>field</comment>
        <translation>URL do LinkedIn</translation>
    </message>
    <message>
        <source>source</source>
        <comment>field</comment>
        <translation>origem</translation>
    </message>
    <message>
        <source>pay_expectation</source>
        <comment>field</comment>
        <translation>pretensão salarial</translation>
    </message>
</context>
<context>
    <name>report_bug</name>
    <message>
        <source>Something went wrong. Your saved work is safe; the last action may not have been completed.</source>
        <translation>Algo deu errado. Seu trabalho salvo está seguro; a última ação pode não ter sido concluída.</translation>
    </message>
    <message>
        <source>Details are in the log file in %1.</source>
        <translation>Os detalhes estão no arquivo de log em %1.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Daily copy</source>
        <translation>Cópia diária</translation>
    </message>
    <message>
        <source>Manual (Back up now)</source>
        <translation>Manual (Fazer backup agora)</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de uma atualização</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Substituído por uma restauração</translation>
    </message>
    <message>
        <source>Damaged file, kept aside</source>
        <translation>Arquivo danificado, guardado à parte</translation>
    </message>
</context>
<context>
    <name>run_edit</name>
    <message>
        <source>The change could not be saved, so nothing was changed.

%1</source>
        <translation>Não foi possível salvar a alteração; por isso, nada foi alterado.

%1</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>O disco está cheio. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>Another program is using the database file right now. Try again in a moment.</source>
        <translation>Outro programa está usando o banco de dados agora. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The database file cannot be written: it or its folder is read-only.</source>
        <translation>Não é possível gravar no banco de dados: o arquivo ou a pasta dele é somente leitura.</translation>
    </message>
    <message>
        <source>The database file could not be read: the drive may have been disconnected, or the file moved, deleted or damaged.</source>
        <translation>Não foi possível ler o banco de dados: o disco pode ter sido desconectado, ou o arquivo foi movido, apagado ou danificado.</translation>
    </message>
    <message>
        <source>The database file could not be written: the drive may have been disconnected, or the file moved, deleted or damaged.</source>
        <translation>Não foi possível gravar no banco de dados: o disco pode ter sido desconectado, ou o arquivo foi movido, apagado ou danificado.</translation>
    </message>
    <message>
        <source>%1

(%2)</source>
        <translation>%1

(%2)</translation>
    </message>
</context>
<context>
    <name>startup_recovery</name>
    <message>
        <source>RevSearch found damage in its database</source>
        <translation>O RevSearch encontrou danos no banco de dados</translation>
    </message>
    <message>
        <source>RevSearch cannot open its database</source>
        <translation>O RevSearch não consegue abrir o banco de dados</translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation>O arquivo: %1</translation>
    </message>
    <message>
        <source>The latest backup is from %1. Restoring it brings back your data as it was then; the damaged file is kept aside in the backups folder.</source>
        <translation>O backup mais recente é de %1. Restaurá-lo traz de volta seus dados como estavam naquele momento; o arquivo danificado fica guardado à parte na pasta de backups.</translation>
    </message>
    <message>
        <source>There is no backup of it to restore.</source>
        <translation>Não há backup dele para restaurar.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir outro arquivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Keep looking (read-only)</source>
        <translation>Continuar olhando (somente leitura)</translation>
    </message>
    <message>
        <source>Your RevSearch database is damaged.</source>
        <translation>Seu banco de dados do RevSearch está danificado.</translation>
    </message>
    <message>
        <source>Part of the file cannot be read, perhaps after a crash, a full disk or a failing drive. RevSearch has not changed it.</source>
        <translation>Uma parte do arquivo não pode ser lida, talvez depois de uma queda do sistema, de um disco cheio ou de um disco com defeito. O RevSearch não o alterou.</translation>
    </message>
    <message>
        <source>This file is not a RevSearch database.</source>
        <translation>Este arquivo não é um banco de dados do RevSearch.</translation>
    </message>
    <message>
        <source>It is another kind of file, or its beginning is damaged. RevSearch has not changed it.</source>
        <translation>É outro tipo de arquivo, ou o início dele está danificado. O RevSearch não o alterou.</translation>
    </message>
    <message>
        <source>This database is from a newer version of RevSearch.</source>
        <translation>Este banco de dados é de uma versão mais nova do RevSearch.</translation>
    </message>
    <message>
        <source>This version cannot read it. Install the newer version to open it. RevSearch has not changed the file.</source>
        <translation>Esta versão não consegue lê-lo. Instale a versão mais nova para abri-lo. O RevSearch não alterou o arquivo.</translation>
    </message>
    <message>
        <source>RevSearch cannot open its database.</source>
        <translation>O RevSearch não consegue abrir o banco de dados.</translation>
    </message>
    <message>
        <source>Checking the file after start-up found a part that cannot be read, perhaps after a crash, a full disk or a failing drive. RevSearch saves nothing more into it: you can still look, but changes are turned off.</source>
        <translation>A verificação do arquivo depois da abertura encontrou uma parte que não pode ser lida, talvez depois de uma queda do sistema, de um disco cheio ou de um disco com defeito. O RevSearch não grava mais nada nele: você ainda pode consultar, mas as alterações estão desativadas.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Não foi possível restaurar o backup</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Nada foi alterado.

%1</translation>
    </message>
    <message>
        <source>Restored the backup from %1. The damaged file was kept as %2.</source>
        <translation>Backup de %1 restaurado. O arquivo danificado foi guardado como %2.</translation>
    </message>
    <message>
        <source>Open a RevSearch database</source>
        <translation>Abrir um banco de dados do RevSearch</translation>
    </message>
    <message>
        <source>RevSearch databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do RevSearch (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
</TS>

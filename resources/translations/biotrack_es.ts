<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versión del esquema:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Qt / PySide6:</source>
        <translation>Qt / PySide6:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;Sample tracking for a clinical-study biobank.</source>
        <translation>&lt;h2&gt;{app} {version}&lt;/h2&gt;Seguimiento de muestras para el biobanco de un estudio clínico.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy these details, e.g. for a support request</source>
        <translation>Copia estos datos, p. ej., para una solicitud de soporte</translation>
    </message>
</context>
<context>
    <name>AddFreezerDialog</name>
    <message>
        <source>Add freezer</source>
        <translation>Añadir congelador</translation>
    </message>
    <message>
        <source>e.g. F2</source>
        <translation>p. ej., F2</translation>
    </message>
    <message>
        <source>e.g. Freezer 2 (-80 °C)</source>
        <translation>p. ej., Congelador 2 (-80 °C)</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>suero</translation>
    </message>
    <message>
        <source>buffy</source>
        <translation>capa leucocitaria</translation>
    </message>
    <message>
        <source>One box type per rack of a shelf, {serum} or {buffy}, e.g. {example}</source>
        <translation>Un tipo de caja por cada rack de un estante, {serum} o {buffy}; p. ej., {example}</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Set &amp;point:</source>
        <translation>&amp;Temperatura de consigna:</translation>
    </message>
    <message>
        <source>&amp;Shelves:</source>
        <translation>&amp;Estantes:</translation>
    </message>
    <message>
        <source>&amp;Racks per shelf:</source>
        <translation>&amp;Racks por estante:</translation>
    </message>
    <message>
        <source>&amp;Boxes per rack:</source>
        <translation>Ca&amp;jas por rack:</translation>
    </message>
    <message>
        <source>Box &amp;rows:</source>
        <translation>&amp;Filas por caja:</translation>
    </message>
    <message>
        <source>Box co&amp;lumns:</source>
        <translation>C&amp;olumnas por caja:</translation>
    </message>
    <message>
        <source>Box &amp;types per rack:</source>
        <translation>Tipos de caja &amp;por rack:</translation>
    </message>
    <message>
        <source>Every rack gets its boxes at once, empty; positions are named A1, A2, … by row and column.</source>
        <translation>Cada rack recibe todas sus cajas a la vez, vacías; las posiciones se nombran A1, A2, … por fila y columna.</translation>
    </message>
</context>
<context>
    <name>AddStorageDialog</name>
    <message>
        <source>Add shelf</source>
        <translation>Añadir estante</translation>
    </message>
    <message>
        <source>Add rack</source>
        <translation>Añadir rack</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Añadir caja</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>suero</translation>
    </message>
    <message>
        <source>buffy coat</source>
        <translation>capa leucocitaria</translation>
    </message>
    <message>
        <source>In freezer:</source>
        <translation>En el congelador:</translation>
    </message>
    <message>
        <source>On shelf:</source>
        <translation>En el estante:</translation>
    </message>
    <message>
        <source>In rack:</source>
        <translation>En el rack:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Box &amp;type:</source>
        <translation>&amp;Tipo de caja:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>C&amp;olumnas:</translation>
    </message>
    <message>
        <source>The shelf is added below the others, empty: add racks to it next.</source>
        <translation>El estante se añade vacío, debajo de los demás: añádale racks a continuación.</translation>
    </message>
    <message>
        <source>The rack is added after the others on the shelf, empty: add boxes to it next.</source>
        <translation>El rack se añade vacío, después de los demás del estante: añádale cajas a continuación.</translation>
    </message>
    <message>
        <source>The box is added after the others in the rack and is filled after them; positions are named A1, A2, … by row and column.</source>
        <translation>La caja se añade después de las demás del rack y se llena después de ellas; las posiciones se nombran A1, A2, … por fila y columna.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>what they type to sign in</source>
        <translation>lo que escribirá para iniciar sesión</translation>
    </message>
    <message>
        <source>optional, shown in the status bar</source>
        <translation>opcional; se muestra en la barra de estado</translation>
    </message>
    <message>
        <source>Nurse: schedule, collections, labels. Technician: also storage. Manager: also users, corrections, reports, restore.</source>
        <translation>Enfermería: calendario, extracciones, etiquetas. Técnico: además, almacenamiento. Responsable: además, usuarios, correcciones, informes y restauración.</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Repetir con&amp;traseña:</translation>
    </message>
    <message>
        <source>Give the password to the person in private; it is stored only as a salted hash and cannot be read back.</source>
        <translation>Entregue la contraseña a la persona en privado; solo se guarda como hash con sal y no se puede recuperar.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Las dos contraseñas no coinciden: escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>AliquotLineModel</name>
    <message>
        <source>unplaced</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>in storage</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>fuera temporalmente</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>consumido</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>desechado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no localizado</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Extracción</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Cód. barras</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>n/N</source>
        <translation>n/N</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>{barcode}: {sample} {number} of {of}, {volume} µL, thawed {thaws} time(s)
SPREC {sprec}</source>
        <translation>{barcode}: {sample} {number} de {of}, {volume} µL, descongelaciones: {thaws}
SPREC {sprec}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database opened last time, {path}, is no longer there.</source>
        <translation>La base de datos que se abrió la última vez, {path}, ya no está disponible.</translation>
    </message>
    <message>
        <source>No database was found, so a demo database is being created:
{path}</source>
        <translation>No se ha encontrado ninguna base de datos, así que se está creando una de demostración:
{path}</translation>
    </message>
    <message>
        <source>Preparing the demo database</source>
        <translation>Preparando la base de datos de demostración</translation>
    </message>
    <message>
        <source>Could not create the demo database</source>
        <translation>No se pudo crear la base de datos de demostración</translation>
    </message>
    <message>
        <source>Sign in failed</source>
        <translation>No se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>A demo database with synthetic data was created. Demo accounts: admin, nurse and tech, each with the password “demo”.</source>
        <translation>Se ha creado una base de datos de demostración con datos sintéticos. Cuentas de demostración: admin, nurse y tech, todas con la contraseña «demo».</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>Copia de seguridad diaria guardada en {path}</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>Ha fallado la copia de seguridad diaria</translation>
    </message>
</context>
<context>
    <name>AuditEventModel</name>
    <message>
        <source>was: {before}</source>
        <translation>antes: {before}</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>The verification found the chain broken here.</source>
        <translation>La verificación encontró la cadena rota aquí.</translation>
    </message>
    <message>
        <source>Event {id} at {at} by {user}: {action}</source>
        <translation>Evento {id}, {at}, por {user}: {action}</translation>
    </message>
    <message>
        <source>Before: {value}</source>
        <translation>Antes: {value}</translation>
    </message>
    <message>
        <source>After: {value}</source>
        <translation>Después: {value}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Hash: {hash}</source>
        <translation>Hash: {hash}</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>location</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>thaw count</source>
        <translation>descongelaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>AuditFindingsDialog</name>
    <message>
        <source>Box-audit findings</source>
        <translation>Hallazgos de auditorías de caja</translation>
    </message>
    <message>
        <source>Only findings &amp;not resolved yet</source>
        <translation>Solo los hallazgos aún &amp;no resueltos</translation>
    </message>
    <message>
        <source>Mark missing…</source>
        <translation>Declarar no localizado…</translation>
    </message>
    <message>
        <source>Move here…</source>
        <translation>Mover aquí…</translation>
    </message>
    <message>
        <source>Correct position…</source>
        <translation>Corregir posición…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Desestimar…</translation>
    </message>
    <message>
        <source>Correct all positions…</source>
        <translation>Corregir todas las posiciones…</translation>
    </message>
    <message>
        <source>Move every misplaced tube of this audit to where it was scanned, together (tubes that swapped places)</source>
        <translation>Mueve a la vez cada tubo mal ubicado de esta auditoría a donde se escaneó (tubos que intercambiaron sus posiciones)</translation>
    </message>
    <message>
        <source>Box audit {id}: {count} finding(s), {open} open.</source>
        <translation>Auditoría de caja {id}: {count} hallazgo(s), {open} abierto(s).</translation>
    </message>
    <message>
        <source>{count} finding(s) listed, {open} open.</source>
        <translation>{count} hallazgo(s) en la lista, {open} abierto(s).</translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation>Declarar no localizado</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Mover aquí</translation>
    </message>
    <message>
        <source>Correct position</source>
        <translation>Corregir posición</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Desestimar</translation>
    </message>
    <message>
        <source>{barcode} was not in box {box}: mark it missing? Its position is freed.</source>
        <translation>{barcode} no estaba en la caja {box}: ¿declararlo no localizado? Su posición queda libre.</translation>
    </message>
    <message>
        <source>{barcode} was found in box {box} at {position}: move it there in the database?</source>
        <translation>{barcode} se encontró en la caja {box}, en {position}: ¿moverlo allí en la base de datos?</translation>
    </message>
    <message>
        <source>{barcode} was found at {position} of box {box}: move it there in the database?</source>
        <translation>{barcode} se encontró en {position} de la caja {box}: ¿moverlo allí en la base de datos?</translation>
    </message>
    <message>
        <source>Leave {barcode} as it is and close this finding?</source>
        <translation>¿Dejar {barcode} como está y cerrar este hallazgo?</translation>
    </message>
    <message>
        <source>Mark {barcode} as missing? This cannot be undone: the tube leaves the inventory and its position is freed.

Reason: {reason}</source>
        <translation>¿Declarar {barcode} como no localizado? Esto no se puede deshacer: el tubo sale del inventario y su posición queda libre.

Motivo: {reason}</translation>
    </message>
    <message>
        <source>Correct all positions</source>
        <translation>Corregir todas las posiciones</translation>
    </message>
    <message>
        <source>Move the {count} misplaced tube(s) of box audit {id} to where they were scanned in box {box}?</source>
        <translation>¿Mover los {count} tubo(s) mal ubicado(s) de la auditoría de caja {id} a donde se escanearon en la caja {box}?</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Latest events</source>
        <translation>Últimos eventos</translation>
    </message>
    <message>
        <source>Tube barcode</source>
        <translation>Código de barras del tubo</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <source>How many of the most recent events to show</source>
        <translation>Cuántos de los eventos más recientes mostrar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: any event changed or removed after it was written is named</source>
        <translation>Recalcula el hash de cada evento: se indica cualquier evento modificado o eliminado después de escribirse</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>Ú&amp;ltimos:</translation>
    </message>
    <message>
        <source>Verify checks that no event was changed or removed since it was written.</source>
        <translation>Verificar comprueba que ningún evento se ha modificado ni eliminado desde que se escribió.</translation>
    </message>
    <message>
        <source>Scan or type a barcode</source>
        <translation>Escanee o escriba un código de barras</translation>
    </message>
    <message>
        <source>e.g. IA-NAV-001</source>
        <translation>p. ej., IA-NAV-001</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The last {count} events, newest first</source>
        <translation>Los últimos eventos ({count}), del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>All {count} events, newest first</source>
        <translation>Todos los eventos ({count}), del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>{count} events about {what}, newest first</source>
        <translation>Eventos sobre {what} ({count}), del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <source>✘ The audit trail does NOT match the daily backup of {date}: {problem}. Keep this file as it is and tell the biobank manager; restore the last good backup only after it has been examined.</source>
        <translation>✘ El registro de auditoría NO coincide con la copia de seguridad diaria del {date}: {problem}. Conserve este archivo tal como está y avise al responsable del biobanco; restaure la última copia de seguridad correcta solo después de que se haya examinado.</translation>
    </message>
    <message>
        <source>✔ Audit trail intact: {count} events verified, none changed or removed.</source>
        <translation>✔ Registro de auditoría íntegro: eventos verificados: {count}; ninguno modificado ni eliminado.</translation>
    </message>
    <message>
        <source>✘ Audit trail BROKEN at event {id}: {problem}. Keep this file as it is and tell the biobank manager; restore the last good backup only after it has been examined.</source>
        <translation>✘ Registro de auditoría ROTO en el evento {id}: {problem}. Conserve este archivo tal como está y avise al responsable del biobanco; restaure la última copia de seguridad correcta solo después de que se haya examinado.</translation>
    </message>
    <message>
        <source>It matches the daily backup of {date}.</source>
        <translation>Coincide con la copia de seguridad diaria del {date}.</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Nota: {note}.</translation>
    </message>
    <message>
        <source>The newest daily backup, {file}, could not be read, so the trail was not compared with a backup: {problem}</source>
        <translation>No se ha podido leer la copia de seguridad diaria más reciente, {file}, así que el registro no se ha comparado con una copia de seguridad: {problem}</translation>
    </message>
    <message>
        <source>No backup folder is known here, so the trail was not compared with a backup.</source>
        <translation>Aquí no se conoce ninguna carpeta de copias de seguridad, así que el registro no se ha comparado con una copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no daily backup in {folder} yet, so the trail was not compared with a backup.</source>
        <translation>Todavía no hay ninguna copia de seguridad diaria en {folder}, así que el registro no se ha comparado con una copia de seguridad.</translation>
    </message>
    <message>
        <source>event {id} is not among them: show more events to see it</source>
        <translation>el evento {id} no está entre ellos: muestre más eventos para verlo</translation>
    </message>
    <message>
        <source>The audit trail could not be verified.</source>
        <translation>No se pudo verificar el registro de auditoría.</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AuditResultModel</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>inesperado</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>mal ubicado</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>fuera temporalmente</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>sin escanear todavía</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Scanned at</source>
        <translation>Escaneado en</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Según la base de datos</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the open database to a file you choose (SQLite&apos;s online backup API: safe while BioTrack is in use). Keep copies on another disk.</source>
        <translation>Escribe una copia coherente de la base de datos abierta en el archivo que elija (API de copia en caliente de SQLite: es seguro mientras se usa BioTrack). Guarde las copias en otro disco.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Copias diarias</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replaces the database with a backup after checking it (integrity and schema version). The current file is kept next to it as “{stem}.before-restore-….sqlite3”. BioTrack then closes and must be started again.</source>
        <translation>Sustituye la base de datos por una copia de seguridad después de comprobarla (integridad y versión del esquema). El archivo actual se conserva a su lado como «{stem}.before-restore-….sqlite3». Después, BioTrack se cierra y hay que volver a iniciarlo.</translation>
    </message>
    <message>
        <source>Only a manager can restore a backup: restoring replaces everyone&apos;s work since the backup was made.</source>
        <translation>Solo un responsable puede restaurar una copia de seguridad: restaurar sustituye el trabajo de todos desde que se hizo la copia.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>Only a manager can restore a backup</source>
        <translation>Solo un responsable puede restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>At start-up, once a day, BioTrack copies the database to
{folder}
and keeps the copies of the last {days} days. Change both under Preferences.</source>
        <translation>Al iniciarse, una vez al día, BioTrack copia la base de datos en
{folder}
y conserva las copias de los últimos {days} días. Ambas cosas se cambian en Preferencias.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>BioTrack databases (*.sqlite3 *.db)</source>
        <translation>Bases de datos de BioTrack (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>BioTrack databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de BioTrack (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing the backup to {path}…</source>
        <translation>Escribiendo la copia de seguridad en {path}…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace the database
{db}
with the backup
{source}?

Everything recorded since that backup was made will no longer be in the database. The current file is kept as a backup next to it (“{stem}.before-restore-….sqlite3”), so nothing is lost.

BioTrack closes when the restore is done; start it again to work with the restored database.</source>
        <translation>¿Sustituir la base de datos
{db}
por la copia de seguridad
{source}?

Todo lo registrado desde que se hizo esa copia dejará de estar en la base de datos. El archivo actual se conserva como copia de seguridad a su lado («{stem}.before-restore-….sqlite3»), así que no se pierde nada.

BioTrack se cierra al terminar la restauración; vuelva a iniciarlo para trabajar con la base de datos restaurada.</translation>
    </message>
    <message>
        <source>Restoring from {path}…</source>
        <translation>Restaurando desde {path}…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Restored. The previous file is kept as {path}</source>
        <translation>Restaurada. El archivo anterior se conserva como {path}</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de datos restaurada</translation>
    </message>
    <message>
        <source>The database was restored from the backup. The previous file is kept as
{path}

BioTrack will now close. Start it again to work with the restored database.</source>
        <translation>La base de datos se ha restaurado desde la copia de seguridad. El archivo anterior se conserva como
{path}

BioTrack se cerrará ahora. Vuelva a iniciarlo para trabajar con la base de datos restaurada.</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Copia de seguridad no guardada</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Not applied: {problem}</source>
        <translation>No se aplica: {problem}</translation>
    </message>
</context>
<context>
    <name>BoxGrid</name>
    <message>
        <source>matched</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>mal ubicado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>inesperado</translation>
    </message>
    <message>
        <source>No box selected</source>
        <translation>Ninguna caja seleccionada</translation>
    </message>
    <message>
        <source>{position}: proposed for {tube}</source>
        <translation>{position}: propuesta para {tube}</translation>
    </message>
    <message>
        <source>{position}: empty</source>
        <translation>{position}: vacía</translation>
    </message>
    <message>
        <source>{sample} {number}/{of}</source>
        <translation>{sample} {number}/{of}</translation>
    </message>
    <message>
        <source>Drawn {date}</source>
        <translation>Extraído el {date}</translation>
    </message>
    <message>
        <source>Checked out: the position is reserved for its return</source>
        <translation>Fuera temporalmente: la posición queda reservada para su devolución</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Audit: {result}</source>
        <translation>Auditoría: {result}</translation>
    </message>
    <message>
        <source>checked out (reserved)</source>
        <translation>fuera (reservada)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>next scan</source>
        <translation>siguiente escaneo</translation>
    </message>
    <message>
        <source>proposed (not stored yet)</source>
        <translation>propuesta (aún sin guardar)</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Password for {username}: </source>
        <translation>Contraseña de {username}: </translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>Creado {path}</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, después </translation>
    </message>
    <message>
        <source>{phase} every {days} d</source>
        <translation>{phase} cada {days} d</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <source>Nothing due from {start} to {end}.</source>
        <translation>Nada pendiente del {start} al {end}.</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>Collection {id}: {code} {visit}, {count} aliquots</source>
        <translation>Extracción {id}: {code} {visit}, {count} alícuotas</translation>
    </message>
    <message>
        <source>{code}: irAE recorded, visit {visit} due {date}</source>
        <translation>{code}: irAE registrado, visita {visit} prevista el {date}</translation>
    </message>
    <message>
        <source>{code}: {kind} recorded, visit {visit} due {date}</source>
        <translation>{code}: {kind} registrado, visita {visit} prevista el {date}</translation>
    </message>
    <message>
        <source>{code} {visit}: missed</source>
        <translation>{code} {visit}: no realizada</translation>
    </message>
    <message>
        <source>{code}: withdrawn on {date}</source>
        <translation>{code}: retirado el {date}</translation>
    </message>
    <message>
        <source>(no position)</source>
        <translation>(sin posición)</translation>
    </message>
    <message>
        <source>thawed {count}x</source>
        <translation>descongelado {count} veces</translation>
    </message>
    <message>
        <source>Freezer {code}: {count} boxes</source>
        <translation>Congelador {code}: {count} cajas</translation>
    </message>
    <message>
        <source>Shelf {path} added</source>
        <translation>Estante {path} añadido</translation>
    </message>
    <message>
        <source>Rack {path} added</source>
        <translation>Rack {path} añadido</translation>
    </message>
    <message>
        <source>Box {path} added ({type}, {rows} x {columns})</source>
        <translation>Caja {path} añadida ({type}, {rows} x {columns})</translation>
    </message>
    <message>
        <source>biotrack: error: {message}</source>
        <translation>biotrack: error: {message}</translation>
    </message>
    <message>
        <source>biotrack: interrupted; nothing was changed by the unfinished command</source>
        <translation>biotrack: interrumpido; la orden sin terminar no ha cambiado nada</translation>
    </message>
    <message>
        <source>biotrack: internal error ({kind}: {problem}); details in {log}</source>
        <translation>biotrack: error interno ({kind}: {problem}); detalles en {log}</translation>
    </message>
    <message>
        <source>Box {path}: database and box agree</source>
        <translation>Caja {path}: la base de datos y la caja coinciden</translation>
    </message>
    <message>
        <source>Box {path}: DIFFERENCES FOUND</source>
        <translation>Caja {path}: SE HAN ENCONTRADO DIFERENCIAS</translation>
    </message>
    <message>
        <source>matched: {count}</source>
        <translation>coinciden: {count}</translation>
    </message>
    <message>
        <source>missing: {count}</source>
        <translation>faltan: {count}</translation>
    </message>
    <message>
        <source>unexpected: {count}</source>
        <translation>inesperados: {count}</translation>
    </message>
    <message>
        <source>misplaced: {count}</source>
        <translation>mal colocados: {count}</translation>
    </message>
    <message>
        <source>checked out: {count}</source>
        <translation>retirados: {count}</translation>
    </message>
    <message>
        <source>  {barcode}  scanned at {scanned}, database: {expected}</source>
        <translation>  {barcode}  escaneado en {scanned}, base de datos: {expected}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unreadable wells: {wells}</source>
        <translation>pocillos ilegibles: {wells}</translation>
    </message>
    <message>
        <source>scanned more than once: {barcodes}</source>
        <translation>escaneados más de una vez: {barcodes}</translation>
    </message>
    <message>
        <source>saved as audit {id} with {count} finding(s): settle them with audit-resolve</source>
        <translation>guardada como auditoría {id} con {count} hallazgo(s): resolverlos con audit-resolve</translation>
    </message>
    <message>
        <source>saved as audit {id} with {count} finding(s)</source>
        <translation>guardada como auditoría {id} con {count} hallazgo(s)</translation>
    </message>
    <message>
        <source>open: {actions}</source>
        <translation>abierto: {actions}</translation>
    </message>
    <message>
        <source>audit {id} {date}</source>
        <translation>auditoría {id} {date}</translation>
    </message>
    <message>
        <source>scanned {scanned}, database {expected}</source>
        <translation>escaneado {scanned}, base de datos {expected}</translation>
    </message>
    <message>
        <source>no open findings</source>
        <translation>no hay hallazgos abiertos</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>no hay hallazgos</translation>
    </message>
    <message>
        <source>placed {count} tube(s) in {box}</source>
        <translation>{count} tubo(s) colocado(s) en {box}</translation>
    </message>
    <message>
        <source>{count} tube(s) were already at their positions</source>
        <translation>{count} tubo(s) ya estaban en su posición</translation>
    </message>
    <message>
        <source>{file} and printer {printer}</source>
        <translation>{file} e impresora {printer}</translation>
    </message>
    <message>
        <source>printer {printer}</source>
        <translation>impresora {printer}</translation>
    </message>
    <message>
        <source>{count} label(s) reprinted on {template} ({format}, {dpi} dpi) to {where}</source>
        <translation>{count} etiqueta(s) reimpresa(s) en {template} ({format}, {dpi} dpi) a {where}</translation>
    </message>
    <message>
        <source>{count} label(s) printed on {template} ({format}, {dpi} dpi) to {where}</source>
        <translation>{count} etiqueta(s) impresa(s) en {template} ({format}, {dpi} dpi) a {where}</translation>
    </message>
    <message>
        <source>aliquots</source>
        <translation>alícuotas</translation>
    </message>
    <message>
        <source>in storage</source>
        <translation>almacenadas</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>fuera temporalmente</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>cajas</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>ocupadas</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libres</translation>
    </message>
    <message>
        <source>occupancy pct</source>
        <translation>% de ocupación</translation>
    </message>
    <message>
        <source>movements</source>
        <translation>movimientos</translation>
    </message>
    <message>
        <source>discrepancies</source>
        <translation>discrepancias</translation>
    </message>
    <message>
        <source>checked out overdue</source>
        <translation>fuera temporalmente demasiado tiempo</translation>
    </message>
    <message>
        <source>box audit findings</source>
        <translation>hallazgos de auditoría de caja</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>visits due</source>
        <translation>visitas previstas</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>extraídas</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no realizadas</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencidas</translation>
    </message>
    <message>
        <source>out of window</source>
        <translation>fuera de ventana</translation>
    </message>
    <message>
        <source>expected aliquots</source>
        <translation>alícuotas esperadas</translation>
    </message>
    <message>
        <source>collected aliquots</source>
        <translation>alícuotas obtenidas</translation>
    </message>
    <message>
        <source>missing aliquots</source>
        <translation>alícuotas que faltan</translation>
    </message>
    <message>
        <source>collections with deviations</source>
        <translation>extracciones con desviaciones</translation>
    </message>
    <message>
        <source>completeness pct</source>
        <translation>% de completitud</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>wrote {path} ({report}, {format}): {totals}</source>
        <translation>escrito {path} ({report}, {format}): {totals}</translation>
    </message>
    <message>
        <source>{picked}/{total} picked, {missing} not found, {pending} not pulled</source>
        <translation>{picked}/{total} recogidos, {missing} no encontrados, {pending} sin recoger</translation>
    </message>
    <message>
        <source>{picked}/{total} picked, {missing} not found, {pending} pending</source>
        <translation>{picked}/{total} recogidos, {missing} no encontrados, {pending} pendientes</translation>
    </message>
    <message>
        <source>criteria: {criteria}</source>
        <translation>criterios: {criteria}</translation>
    </message>
    <message>
        <source>[picked]</source>
        <translation>[recogido]</translation>
    </message>
    <message>
        <source>[NOT FOUND]</source>
        <translation>[NO ENCONTRADO]</translation>
    </message>
    <message>
        <source>{count} tube(s) to pull for {criteria}</source>
        <translation>{count} tubo(s) que recoger para {criteria}</translation>
    </message>
    <message>
        <source>{count} skipped: the last aliquot of their visit and sample type (--allow-last takes them)</source>
        <translation>{count} omitido(s): la última alícuota de su visita y tipo de muestra (--allow-last los incluye)</translation>
    </message>
    <message>
        <source>{count} skipped: already on an open pull list</source>
        <translation>{count} omitido(s): ya están en una lista de recogida abierta</translation>
    </message>
    <message>
        <source>on {list}</source>
        <translation>en {list}</translation>
    </message>
    <message>
        <source>created {code}: {count} tube(s) to pull</source>
        <translation>creada {code}: {count} tubo(s) que recoger</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>escrito {file}</translation>
    </message>
    <message>
        <source>picked {count} tube(s) (checked out): {barcodes}</source>
        <translation>{count} tubo(s) recogido(s) (retirados): {barcodes}</translation>
    </message>
    <message>
        <source>flagged {count} tube(s) not found</source>
        <translation>{count} tubo(s) marcado(s) como no encontrado(s)</translation>
    </message>
    <message>
        <source>closed {code}: {picked} picked, {count} still pending flagged not found</source>
        <translation>cerrada {code}: {picked} recogidos, {count} aún pendientes marcados como no encontrados</translation>
    </message>
    <message>
        <source>cancelled {code}: {count} picked tube(s) stay checked out (bring them back with `biotrack return`), {released} no longer to pull</source>
        <translation>cancelada {code}: {count} tubo(s) recogido(s) siguen fuera temporalmente (devuélvalos con `biotrack return`), {released} ya no hay que recogerlos</translation>
    </message>
    <message>
        <source>[to return]</source>
        <translation>[por devolver]</translation>
    </message>
    <message>
        <source>no pull lists</source>
        <translation>no hay listas de recogida</translation>
    </message>
    <message>
        <source>audit trail verified: {count} events, chain intact</source>
        <translation>registro de auditoría verificado: {count} eventos, cadena intacta</translation>
    </message>
    <message>
        <source>AUDIT TRAIL BROKEN at event {id}: {problem}</source>
        <translation>REGISTRO DE AUDITORÍA ROTO en el evento {id}: {problem}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>(the last {count} events; --all shows every one)</source>
        <translation>(los últimos {count} eventos; --all los muestra todos)</translation>
    </message>
    <message>
        <source>no audit events</source>
        <translation>no hay eventos de auditoría</translation>
    </message>
    <message>
        <source>DOES NOT MATCH THE BACKUP {file}: {problem}</source>
        <translation>NO COINCIDE CON LA COPIA DE SEGURIDAD {file}: {problem}</translation>
    </message>
    <message>
        <source>matches the backup of {date} ({file}): its events up to {id} are unchanged</source>
        <translation>coincide con la copia de seguridad del {date} ({file}): sus eventos hasta el {id} no han cambiado</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>integrity_check</source>
        <translation>integridad de SQLite</translation>
    </message>
    <message>
        <source>foreign_key_check</source>
        <translation>claves ajenas</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>cadena de auditoría</translation>
    </message>
    <message>
        <source>audit triggers</source>
        <translation>disparadores de auditoría</translation>
    </message>
    <message>
        <source>collections complete</source>
        <translation>extracciones completas</translation>
    </message>
    <message>
        <source>orphan aliquots</source>
        <translation>alícuotas huérfanas</translation>
    </message>
    <message>
        <source>one tube per position</source>
        <translation>un tubo por posición</translation>
    </message>
    <message>
        <source>free-position counts</source>
        <translation>recuentos de posiciones libres</translation>
    </message>
    <message>
        <source>positions inside their box</source>
        <translation>posiciones dentro de su caja</translation>
    </message>
    <message>
        <source>every aliquot audited</source>
        <translation>todas las alícuotas auditadas</translation>
    </message>
    <message>
        <source>database sound: {checks}</source>
        <translation>base de datos correcta: {checks}</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <translation>PROBLEMA: {problem}</translation>
    </message>
    <message>
        <source>backup written to {file}</source>
        <translation>copia de seguridad escrita en {file}</translation>
    </message>
    <message>
        <source>restored {database} from {file}; the previous file is kept as {kept}</source>
        <translation>restaurada {database} desde {file}; el archivo anterior se conserva como {kept}</translation>
    </message>
    <message>
        <source>New password for {username}: </source>
        <translation>Nueva contraseña de {username}: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Repetir: </translation>
    </message>
    <message>
        <source>user {name} ({role}) added</source>
        <translation>usuario {name} ({role}) añadido</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>{record} {id}: {field} corrected (the old value stays in the audit trail)</source>
        <translation>{record} {id}: {field} corregido (el valor anterior queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>UN1845 dry ice {kg} kg</source>
        <translation>UN1845 hielo seco {kg} kg</translation>
    </message>
    <message>
        <source>to {destination}</source>
        <translation>a {destination}</translation>
    </message>
    <message>
        <source>via {courier}</source>
        <translation>por {courier}</translation>
    </message>
    <message>
        <source>tracking {number}</source>
        <translation>seguimiento {number}</translation>
    </message>
    <message>
        <source>{count} tube(s)</source>
        <translation>{count} tubo(s)</translation>
    </message>
    <message>
        <source>{count} back</source>
        <translation>{count} devueltos</translation>
    </message>
    <message>
        <source>{code}: added {count} tube(s), {total} in all</source>
        <translation>{code}: {count} tubo(s) añadido(s), {total} en total</translation>
    </message>
    <message>
        <source>{code}: removed {count} tube(s), {total} left</source>
        <translation>{code}: {count} tubo(s) quitado(s), quedan {total}</translation>
    </message>
    <message>
        <source>back</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>wrote {path} (manifest of {code}, {format}): {count} tube(s)</source>
        <translation>escrito {path} (manifiesto de {code}, {format}): {count} tubo(s)</translation>
    </message>
    <message>
        <source>{code} dispatched: {count} tube(s) marked shipped</source>
        <translation>{code} despachado: {count} tubo(s) marcado(s) como enviado(s)</translation>
    </message>
    <message>
        <source>UNPLACED (its position is taken: place it)</source>
        <translation>SIN COLOCAR (su posición está ocupada: colocarlo)</translation>
    </message>
    <message>
        <source>{code}: {count} tube(s) received back ({status})</source>
        <translation>{code}: {count} tubo(s) devuelto(s) recibido(s) ({status})</translation>
    </message>
    <message>
        <source>{code} cancelled</source>
        <translation>{code} cancelado</translation>
    </message>
    <message>
        <source>No shipments.</source>
        <translation>No hay envíos.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{count} free {type} position(s) (of {asked} asked):</source>
        <translation>{count} posición(es) libre(s) de {type} (de {asked} pedidas):</translation>
    </message>
    <message>
        <source>{count} free {type} position(s):</source>
        <translation>{count} posición(es) libre(s) de {type}:</translation>
    </message>
    <message>
        <source>{count} empty {type} box(es) (of {asked} asked):</source>
        <translation>{count} caja(s) vacía(s) de {type} (de {asked} pedidas):</translation>
    </message>
    <message>
        <source>{count} empty {type} box(es):</source>
        <translation>{count} caja(s) vacía(s) de {type}:</translation>
    </message>
    <message>
        <source>wrote {file} ({count} lines)</source>
        <translation>escrito {file} ({count} líneas)</translation>
    </message>
    <message>
        <source>{moves} tube(s) to move, {boxes} box(es) emptied</source>
        <translation>{moves} tubo(s) que mover, {boxes} caja(s) vaciada(s)</translation>
    </message>
    <message>
        <source>wrote {pdf} and {plan} (apply with: biotrack space defrag-apply {plan})</source>
        <translation>escritos {pdf} y {plan} (aplicar con: biotrack space defrag-apply {plan})</translation>
    </message>
    <message>
        <source>from {box}:</source>
        <translation>desde {box}:</translation>
    </message>
    <message>
        <source>moved {count} tube(s); emptied {boxes} box(es): {list}</source>
        <translation>{count} tubo(s) movido(s); {boxes} caja(s) vaciada(s): {list}</translation>
    </message>
    <message>
        <source>Freezer {code}: {count} box(es) with tubes</source>
        <translation>Congelador {code}: {count} caja(s) con tubos</translation>
    </message>
    <message>
        <source>{tubes} stored tube(s), {free} free position(s) in other freezers</source>
        <translation>{tubes} tubo(s) almacenado(s), {free} posición(es) libre(s) en otros congeladores</translation>
    </message>
    <message>
        <source>NOT ENOUGH ROOM</source>
        <translation>NO HAY SITIO SUFICIENTE</translation>
    </message>
    <message>
        <source>EXCURSION</source>
        <translation>DESVIACIÓN</translation>
    </message>
    <message>
        <source>EXCURSION: outside the alarm limits</source>
        <translation>DESVIACIÓN: fuera de los límites de alarma</translation>
    </message>
    <message>
        <source>{freezer}: {celsius} °C at {time} UTC</source>
        <translation>{freezer}: {celsius} °C a las {time} UTC</translation>
    </message>
    <message>
        <source>{freezer}: {added} reading(s) imported from {source} ({layout} layout), {skipped} already stored, {excursions} excursion(s)</source>
        <translation>{freezer}: {added} lectura(s) importada(s) de {source} (formato {layout}), {skipped} ya guardada(s), {excursions} desviación(es)</translation>
    </message>
    <message>
        <source>(set point +/- 10)</source>
        <translation>(consigna +/- 10)</translation>
    </message>
    <message>
        <source>{readings} reading(s), {excursions} excursion(s), {days} day(s) without a reading</source>
        <translation>{readings} lectura(s), {excursions} desviación(es), {days} día(s) sin lectura</translation>
    </message>
    <message>
        <source>; min {min}, max {max}, mean {mean} °C</source>
        <translation>; mín. {min}, máx. {max}, media {mean} °C</translation>
    </message>
    <message>
        <source>Freezer {code}, {month} (UTC), limits {limits}</source>
        <translation>Congelador {code}, {month} (UTC), límites {limits}</translation>
    </message>
    <message>
        <source>{freezer}: alarm limits {low} .. {high} °C</source>
        <translation>{freezer}: límites de alarma {low} .. {high} °C</translation>
    </message>
</context>
<context>
    <name>ClinicalEventDialog</name>
    <message>
        <source>Remission</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Brote</translation>
    </message>
    <message>
        <source>Record a documented remission of &lt;b&gt;{code}&lt;/b&gt;. It opens a remission collection visit for that day.</source>
        <translation>Registrar una remisión documentada de &lt;b&gt;{code}&lt;/b&gt;. Abre una visita de extracción por remisión para ese día.</translation>
    </message>
    <message>
        <source>Record a documented flare of &lt;b&gt;{code}&lt;/b&gt;. It opens a flare collection visit for that day.</source>
        <translation>Registrar un brote documentado de &lt;b&gt;{code}&lt;/b&gt;. Abre una visita de extracción por brote para ese día.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Event not recorded</source>
        <translation>Acontecimiento no registrado</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Received in lab</source>
        <translation>Recepción en el laboratorio</translation>
    </message>
    <message>
        <source>Centrifuged</source>
        <translation>Centrifugación</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Register a collection&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registrar una extracción&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Scan a pre-printed tube label…</source>
        <translation>Escanee una etiqueta de tubo preimpresa…</translation>
    </message>
    <message>
        <source>Type a code…</source>
        <translation>Escriba un código…</translation>
    </message>
    <message>
        <source>S&amp;can label:</source>
        <translation>Escanear &amp;etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>&amp;Drawn:</source>
        <translation>E&amp;xtracción:</translation>
    </message>
    <message>
        <source>Tick to record this time (it starts at now)</source>
        <translation>Marque la casilla para registrar esta hora (se propone la hora actual)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Drawn &amp;by:</source>
        <translation>Extraído p&amp;or:</translation>
    </message>
    <message>
        <source>Processed b&amp;y:</source>
        <translation>Pro&amp;cesado por:</translation>
    </message>
    <message>
        <source>Aliquots made (lower for a short draw)</source>
        <translation>Alícuotas obtenidas (menos si el volumen extraído es escaso)</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Desviaciones</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <source>&amp;Register collection</source>
        <translation>&amp;Registrar extracción</translation>
    </message>
    <message>
        <source>Store the collection, its aliquots and their positions (one transaction)</source>
        <translation>Guarda la extracción, sus alícuotas y sus posiciones (en una sola transacción)</translation>
    </message>
    <message>
        <source>Position of the chosen aliquot</source>
        <translation>Posición de la alícuota elegida</translation>
    </message>
    <message>
        <source>Boxes of the right type with a free position</source>
        <translation>Cajas del tipo adecuado con alguna posición libre</translation>
    </message>
    <message>
        <source>Choose an aliquot to see its box.</source>
        <translation>Elija una alícuota para ver su caja.</translation>
    </message>
    <message>
        <source>Click an empty position to put the chosen aliquot there.</source>
        <translation>Haga clic en una posición vacía para colocar allí la alícuota elegida.</translation>
    </message>
    <message>
        <source>Use the &amp;proposed positions</source>
        <translation>&amp;Usar las posiciones propuestas</translation>
    </message>
    <message>
        <source>B&amp;ox:</source>
        <translation>Ca&amp;ja:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aliquots to create&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alícuotas que se crearán&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the participants…</source>
        <translation>Leyendo los participantes…</translation>
    </message>
    <message>
        <source>Register collection</source>
        <translation>Registrar extracción</translation>
    </message>
    <message>
        <source>{visit} · target {date}</source>
        <translation>{visit} · fecha objetivo {date}</translation>
    </message>
    <message>
        <source>Window {start} to {end}</source>
        <translation>Ventana del {start} al {end}</translation>
    </message>
    <message>
        <source>Choose a participant, or scan a pre-printed label.</source>
        <translation>Elija un participante o escanee una etiqueta preimpresa.</translation>
    </message>
    <message>
        <source>{visit}: target {target}, window {start} to {end}</source>
        <translation>{visit}: fecha objetivo {target}, ventana del {start} al {end}</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>Elija primero una visita.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <source>Choose a participant and a visit.</source>
        <translation>Elija un participante y una visita.</translation>
    </message>
    <message>
        <source>{count} aliquots for {code} {visit}</source>
        <translation>Alícuotas para {code} {visit}: {count}</translation>
    </message>
    <message>
        <source>{count} without a free position (they will wait as unplaced)</source>
        <translation>sin posición libre: {count} (quedarán pendientes de colocar)</translation>
    </message>
    <message>
        <source>in {boxes}</source>
        <translation>en {boxes}</translation>
    </message>
    <message>
        <source>{path} · {free} free</source>
        <translation>{path} · libres: {free}</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>{tube} → {where}. Click an empty position to put it there.</source>
        <translation>{tube} → {where}. Haga clic en una posición vacía para colocarlo allí.</translation>
    </message>
    <message>
        <source>{position} already holds {barcode}: choose an empty position.</source>
        <translation>{position} ya contiene {barcode}: elija una posición vacía.</translation>
    </message>
    <message>
        <source>{position} is proposed for {tube}: choose an empty position.</source>
        <translation>{position} está propuesta para {tube}: elija una posición vacía.</translation>
    </message>
    <message>
        <source>{tube} → {path} (chosen).</source>
        <translation>{tube} → {path} (elegida).</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Escanear una etiqueta</translation>
    </message>
    <message>
        <source>{code} {visit} cannot be chosen here.</source>
        <translation>{code} {visit} no se puede elegir aquí.</translation>
    </message>
    <message>
        <source>Collection not registered</source>
        <translation>Extracción no registrada</translation>
    </message>
    <message>
        <source>Collection registered</source>
        <translation>Extracción registrada</translation>
    </message>
    <message>
        <source>{count} labels of {code} {visit} (collection {id})</source>
        <translation>{count} etiqueta(s) de {code} {visit} (extracción {id})</translation>
    </message>
    <message>
        <source>{code} {visit}: {count} aliquots registered (collection {id}).</source>
        <translation>{code} {visit}: {count} alícuota(s) registrada(s) (extracción {id}).</translation>
    </message>
    <message>
        <source>unplaced: no free position</source>
        <translation>sin posición: no queda ninguna libre</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Tenga en cuenta:</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Congelador</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>Tipo de muestra</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>Almacenados</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Fuera temporalmente</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>Visitas previstas</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Extraídas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No realizadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation>Fuera de ventana</translation>
    </message>
    <message>
        <source>Expected aliquots</source>
        <translation>Alícuotas esperadas</translation>
    </message>
    <message>
        <source>Collected aliquots</source>
        <translation>Alícuotas obtenidas</translation>
    </message>
    <message>
        <source>Missing aliquots</source>
        <translation>Alícuotas que faltan</translation>
    </message>
    <message>
        <source>Completeness %</source>
        <translation>Completitud %</translation>
    </message>
    <message>
        <source>Visit completeness %</source>
        <translation>Completitud de visitas %</translation>
    </message>
    <message>
        <source>Collections with deviations</source>
        <translation>Extracciones con desviaciones</translation>
    </message>
</context>
<context>
    <name>DueVisitModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>Tubos</translation>
    </message>
    <message>
        <source>Overdue: the window closed on {date} and nothing was recorded</source>
        <translation>Vencida: la ventana se cerró el {date} y no se registró nada</translation>
    </message>
    <message>
        <source>Not in its window yet: draw from {date}</source>
        <translation>Todavía fuera de su ventana: extraer a partir del {date}</translation>
    </message>
    <message>
        <source>{code} {visit} ({cohort}), target {target}, window {start} to {end}</source>
        <translation>{code} {visit} ({cohort}), fecha objetivo {target}, ventana del {start} al {end}</translation>
    </message>
    <message>
        <source>Draw: {tubes}</source>
        <translation>Extraer: {tubes}</translation>
    </message>
    <message>
        <source>Aliquots: {aliquots}</source>
        <translation>Alícuotas: {aliquots}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>F — female</source>
        <translation>F — mujer</translation>
    </message>
    <message>
        <source>M — male</source>
        <translation>M — hombre</translation>
    </message>
    <message>
        <source>X — other / not stated</source>
        <translation>X — otro / no consta</translation>
    </message>
    <message>
        <source>Enrol participant</source>
        <translation>Incluir participante</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Choose the ICI regimen</source>
        <translation>Elija la pauta de ICI</translation>
    </message>
    <message>
        <source>Date of the first ICI dose (cycle 1, day 1): V1 is drawn before it</source>
        <translation>Fecha de la primera dosis de ICI (ciclo 1, día 1): la V1 se extrae antes</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Clinic record number (optional)</source>
        <translation>Número de historia clínica (opcional)</translation>
    </message>
    <message>
        <source>Shown on screen only to nurses and managers. Never printed on a label or list, never exported.</source>
        <translation>Solo se muestra en pantalla a enfermería y responsables. Nunca se imprime en etiquetas ni listas y nunca se exporta.</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Ce&amp;ntro:</translation>
    </message>
    <message>
        <source>&amp;Enrolment date:</source>
        <translation>Fecha de &amp;inclusión:</translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translation>&amp;Pauta:</translation>
    </message>
    <message>
        <source>&amp;First ICI dose:</source>
        <translation>Primera &amp;dosis de ICI:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Año de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>Dia&amp;gnóstico:</translation>
    </message>
    <message>
        <source>&amp;Local identifier:</source>
        <translation>Identificador &amp;local:</translation>
    </message>
    <message>
        <source>Eligibility (every criterion must be answered)</source>
        <translation>Elegibilidad (hay que responder a todos los criterios)</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Inclusion criteria — all must be Yes to enrol</source>
        <translation>Criterios de inclusión: todos deben ser «Sí» para incluir</translation>
    </message>
    <message>
        <source>Exclusion criteria — all must be No to enrol</source>
        <translation>Criterios de exclusión: todos deben ser «No» para incluir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>1 criterion not answered yet.</source>
        <translation>Falta 1 criterio por responder.</translation>
    </message>
    <message>
        <source>{count} criteria not answered yet.</source>
        <translation>Faltan {count} criterios por responder.</translation>
    </message>
    <message>
        <source>Every criterion answered.</source>
        <translation>Todos los criterios respondidos.</translation>
    </message>
    <message>
        <source>Choose the regimen.</source>
        <translation>Elija la pauta.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No incluido</translation>
    </message>
</context>
<context>
    <name>EvacuationModel</name>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Box type</source>
        <translation>Tipo de caja</translation>
    </message>
    <message>
        <source>Stored tubes</source>
        <translation>Tubos almacenados</translation>
    </message>
    <message>
        <source>Can go to</source>
        <translation>Pueden ir a</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>inesperado</translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation>mal ubicado</translation>
    </message>
    <message>
        <source>checked out, found in the box</source>
        <translation>fuera temporalmente, encontrado en la caja</translation>
    </message>
    <message>
        <source>unknown barcode</source>
        <translation>código de barras desconocido</translation>
    </message>
    <message>
        <source>scanned twice</source>
        <translation>escaneado dos veces</translation>
    </message>
    <message>
        <source>unreadable well</source>
        <translation>posición ilegible</translation>
    </message>
    <message>
        <source>marked missing</source>
        <translation>declarado no localizado</translation>
    </message>
    <message>
        <source>moved here</source>
        <translation>movido aquí</translation>
    </message>
    <message>
        <source>position corrected</source>
        <translation>posición corregida</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>desestimado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Scanned at</source>
        <translation>Escaneado en</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Según la base de datos</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenida a {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No database was found&lt;/b&gt; at {path}.&lt;br&gt;What would you like to open?</source>
        <translation>&lt;b&gt;No se ha encontrado ninguna base de datos&lt;/b&gt; en {path}.&lt;br&gt;¿Qué desea abrir?</translation>
    </message>
    <message>
        <source>Open demo data</source>
        <translation>Abrir datos de demostración</translation>
    </message>
    <message>
        <source>A synthetic study to try BioTrack on. Accounts: admin, nurse and tech, each with the password “demo”.</source>
        <translation>Un estudio sintético para probar BioTrack. Cuentas: admin, nurse y tech, todas con la contraseña «demo».</translation>
    </message>
    <message>
        <source>Create a new study database…</source>
        <translation>Crear una base de datos de estudio nueva…</translation>
    </message>
    <message>
        <source>For real work: the study&apos;s sites, the first freezer and the first manager account.</source>
        <translation>Para el trabajo real: los centros del estudio, el primer congelador y la primera cuenta de responsable.</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Abrir un archivo existente…</translation>
    </message>
    <message>
        <source>A BioTrack database made before, e.g. copied from another PC.</source>
        <translation>Una base de datos de BioTrack creada antes; p. ej., copiada de otro PC.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open a BioTrack database</source>
        <translation>Abrir una base de datos de BioTrack</translation>
    </message>
    <message>
        <source>BioTrack databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de BioTrack (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
</context>
<context>
    <name>FoundModel</name>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>FreezerPage</name>
    <message>
        <source>The first freezer</source>
        <translation>El primer congelador</translation>
    </message>
    <message>
        <source>More freezers can be added later under Freezers.</source>
        <translation>Más adelante se pueden añadir más congeladores en Congeladores.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Shelves:</source>
        <translation>&amp;Estantes:</translation>
    </message>
    <message>
        <source>&amp;Racks per shelf:</source>
        <translation>&amp;Racks por estante:</translation>
    </message>
    <message>
        <source>&amp;Boxes per rack:</source>
        <translation>Ca&amp;jas por rack:</translation>
    </message>
    <message>
        <source>Box rows × columns:</source>
        <translation>Filas × columnas por caja:</translation>
    </message>
    <message>
        <source>Box type of each rack:</source>
        <translation>Tipo de caja de cada rack:</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>suero</translation>
    </message>
    <message>
        <source>buffy coat</source>
        <translation>capa leucocitaria</translation>
    </message>
    <message>
        <source>Rack R{number}</source>
        <translation>Rack R{number}</translation>
    </message>
</context>
<context>
    <name>FreezersView</name>
    <message>
        <source>&lt;h2&gt;Freezers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Congeladores&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Find a tube: scan or type its barcode</source>
        <translation>Buscar un tubo: escanee o escriba su código de barras</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Add freezer…</source>
        <translation>&amp;Añadir congelador…</translation>
    </message>
    <message>
        <source>Add a freezer with its shelves, racks and boxes from the layout template</source>
        <translation>Añade un congelador con sus estantes, racks y cajas a partir de la plantilla de distribución</translation>
    </message>
    <message>
        <source>Add s&amp;helf…</source>
        <translation>Añadir &amp;estante…</translation>
    </message>
    <message>
        <source>Add an empty shelf to the chosen freezer</source>
        <translation>Añade un estante vacío al congelador elegido</translation>
    </message>
    <message>
        <source>Add r&amp;ack…</source>
        <translation>Añadir &amp;rack…</translation>
    </message>
    <message>
        <source>Add an empty rack to the chosen shelf</source>
        <translation>Añade un rack vacío al estante elegido</translation>
    </message>
    <message>
        <source>Add bo&amp;x…</source>
        <translation>Añadir ca&amp;ja…</translation>
    </message>
    <message>
        <source>Add an empty box to the chosen rack</source>
        <translation>Añade una caja vacía al rack elegido</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the freezers again (F5)</source>
        <translation>Vuelve a leer los congeladores (F5)</translation>
    </message>
    <message>
        <source>&amp;Move tube…</source>
        <translation>&amp;Mover tubo…</translation>
    </message>
    <message>
        <source>Move the selected tube to any position (or drag it onto a position of this box)</source>
        <translation>Mueve el tubo seleccionado a cualquier posición (o arrástrelo a una posición de esta caja)</translation>
    </message>
    <message>
        <source>Move &amp;box…</source>
        <translation>Mover &amp;caja…</translation>
    </message>
    <message>
        <source>Move this box with all its tubes to another rack</source>
        <translation>Mueve esta caja con todos sus tubos a otro rack</translation>
    </message>
    <message>
        <source>Choose a box in the tree to see its positions.</source>
        <translation>Elija una caja en el árbol para ver sus posiciones.</translation>
    </message>
    <message>
        <source>Drag a tube onto an empty position to move it; hover a position for its tube.</source>
        <translation>Arrastre un tubo a una posición vacía para moverlo; pase el ratón por una posición para ver su tubo.</translation>
    </message>
    <message>
        <source>Reading the freezers…</source>
        <translation>Leyendo los congeladores…</translation>
    </message>
    <message>
        <source>Freezers</source>
        <translation>Congeladores</translation>
    </message>
    <message>
        <source>&lt;i&gt;No box chosen&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ninguna caja elegida&lt;/i&gt;</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>suero</translation>
    </message>
    <message>
        <source>buffy coat</source>
        <translation>capa leucocitaria</translation>
    </message>
    <message>
        <source>&lt;b&gt;{path}&lt;/b&gt; · {kind} box · {rows} × {cols} · {occupied}/{capacity} taken</source>
        <translation>&lt;b&gt;{path}&lt;/b&gt; · caja de {kind} · {rows} × {cols} · {occupied}/{capacity} ocupadas</translation>
    </message>
    <message>
        <source>{barcode} is {status}: it has no position.</source>
        <translation>{barcode} ({status}) no tiene posición.</translation>
    </message>
    <message>
        <source>{position}: empty</source>
        <translation>{position}: vacía</translation>
    </message>
    <message>
        <source>Move tube</source>
        <translation>Mover tubo</translation>
    </message>
    <message>
        <source>Moved {barcode} to {where}.</source>
        <translation>{barcode} movido a {where}.</translation>
    </message>
    <message>
        <source>Choose a tube in the box grid first.</source>
        <translation>Elija primero un tubo en la cuadrícula de la caja.</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>Mover caja</translation>
    </message>
    <message>
        <source>Choose a box in the tree first.</source>
        <translation>Elija primero una caja en el árbol.</translation>
    </message>
    <message>
        <source>Move box {path} with its {count} tube(s) to {target}?

Every tube keeps its position in the box; each gets a movement in its history.</source>
        <translation>¿Mover la caja {path} con sus {count} tubo(s) a {target}?

Cada tubo conserva su posición en la caja; el movimiento queda anotado en el historial de cada uno.</translation>
    </message>
    <message>
        <source>Moved box {old} to {new}.</source>
        <translation>Caja {old} movida a {new}.</translation>
    </message>
    <message>
        <source>Added {path}.</source>
        <translation>Añadido: {path}.</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>BioTrack hit an internal error and the last action may not have finished.

{summary}

Details were written to {log}</source>
        <translation>BioTrack ha sufrido un error interno y puede que la última acción no haya terminado.

{summary}

Los detalles se han escrito en {log}</translation>
    </message>
    <message>
        <source>BioTrack</source>
        <translation>BioTrack</translation>
    </message>
</context>
<context>
    <name>IraeDialog</name>
    <message>
        <source>1 — mild</source>
        <translation>1 — leve</translation>
    </message>
    <message>
        <source>2 — moderate</source>
        <translation>2 — moderado</translation>
    </message>
    <message>
        <source>3 — severe</source>
        <translation>3 — grave</translation>
    </message>
    <message>
        <source>4 — life-threatening</source>
        <translation>4 — potencialmente mortal</translation>
    </message>
    <message>
        <source>5 — death related to the irAE</source>
        <translation>5 — muerte relacionada con el irAE</translation>
    </message>
    <message>
        <source>Add irAE</source>
        <translation>Añadir irAE</translation>
    </message>
    <message>
        <source>Record an immune-related adverse event of &lt;b&gt;{code}&lt;/b&gt;. It opens an irAE collection visit for that day.</source>
        <translation>Registrar un acontecimiento adverso inmunorrelacionado (irAE) de &lt;b&gt;{code}&lt;/b&gt;. Abre una visita de extracción por irAE para ese día.</translation>
    </message>
    <message>
        <source>Choose the organ / type</source>
        <translation>Elija el órgano / tipo</translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation>Elija un grado</translation>
    </message>
    <message>
        <source>&amp;Diagnosed on:</source>
        <translation>Fecha de &amp;diagnóstico:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>CTCAE &amp;grade (v{version}):</source>
        <translation>&amp;Grado CTCAE (v{version}):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Record irAE</source>
        <translation>Registrar irAE</translation>
    </message>
    <message>
        <source>irAE not recorded</source>
        <translation>irAE no registrado</translation>
    </message>
</context>
<context>
    <name>IraeModel</name>
    <message>
        <source>Diagnosed</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>CTCAE</source>
        <translation>CTCAE</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>LabelPrintPanel</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Register a collection to print its labels.</source>
        <translation>Registre una extracción para imprimir sus etiquetas.</translation>
    </message>
    <message>
        <source>Label templates</source>
        <translation>Plantillas de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Save labels…</source>
        <translation>&amp;Guardar etiquetas…</translation>
    </message>
    <message>
        <source>Save the labels as a PDF (label stock or A4 sheet) or as ZPL for a Zebra printer</source>
        <translation>Guarda las etiquetas en PDF (rollo de etiquetas u hoja A4) o en ZPL para una impresora Zebra</translation>
    </message>
    <message>
        <source>&amp;Print labels</source>
        <translation>&amp;Imprimir etiquetas</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Pla&amp;ntilla:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Impresora:</translation>
    </message>
    <message>
        <source>Zebra printer {address}</source>
        <translation>Impresora Zebra {address}</translation>
    </message>
    <message>
        <source>print queue {name}</source>
        <translation>cola de impresión {name}</translation>
    </message>
    <message>
        <source>none: labels are saved as files (set a printer in Settings)</source>
        <translation>ninguna: las etiquetas se guardan como archivos (configure una impresora en Configuración)</translation>
    </message>
    <message>
        <source>This template prints only as PDF: save it and print it from a PDF viewer</source>
        <translation>Esta plantilla solo se imprime como PDF: guárdela e imprímala desde un visor de PDF</translation>
    </message>
    <message>
        <source>Send the labels as PDF to {printer}</source>
        <translation>Envía las etiquetas en PDF a {printer}</translation>
    </message>
    <message>
        <source>Send the labels as ZPL to {printer}</source>
        <translation>Envía las etiquetas en ZPL a {printer}</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ZPL (Zebra printer)</source>
        <translation>ZPL (impresora Zebra)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>ZPL files (*.zpl)</source>
        <translation>Archivos ZPL (*.zpl)</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Guardar etiquetas</translation>
    </message>
    <message>
        <source>1 label sent to {printer}</source>
        <translation>1 etiqueta enviada a {printer}</translation>
    </message>
    <message>
        <source>{count} labels sent to {printer}</source>
        <translation>{count} etiquetas enviadas a {printer}</translation>
    </message>
    <message>
        <source>1 label saved to {path}</source>
        <translation>1 etiqueta guardada en {path}</translation>
    </message>
    <message>
        <source>{count} labels saved to {path}</source>
        <translation>{count} etiquetas guardadas en {path}</translation>
    </message>
    <message>
        <source>Template {template}, {format}, {dpi} dpi.</source>
        <translation>Plantilla {template}, {format}, {dpi} ppp.</translation>
    </message>
    <message>
        <source>Logged as a reprint: these labels were printed before.</source>
        <translation>Registrado como reimpresión: estas etiquetas ya se habían impreso.</translation>
    </message>
    <message>
        <source>Labels not printed</source>
        <translation>Etiquetas no impresas</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Etiquetas no guardadas</translation>
    </message>
</context>
<context>
    <name>LabelTemplates</name>
    <message>
        <source>38 x 13 mm cryovial roll label (thermal printer): Data Matrix + 3 text lines</source>
        <translation>Etiqueta en rollo para criovial de 38 x 13 mm (impresora térmica): Data Matrix + 3 líneas de texto</translation>
    </message>
    <message>
        <source>13 x 10 mm cryovial cap label: small Data Matrix + the short ID</source>
        <translation>Etiqueta para tapón de criovial de 13 x 10 mm: Data Matrix pequeño + el identificador corto</translation>
    </message>
    <message>
        <source>A4 sheet, 5 x 17 labels of 38 x 16.9 mm (laser printer): Code 128 + 3 text lines</source>
        <translation>Hoja A4, 5 x 17 etiquetas de 38 x 16,9 mm (impresora láser): Code 128 + 3 líneas de texto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Extracciones</translation>
    </message>
    <message>
        <source>Freezers</source>
        <translation>Congeladores</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>{label} (Ctrl+{number})</source>
        <translation>{label} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>Abriendo {label}…</translation>
    </message>
    <message>
        <source>&amp;About BioTrack…</source>
        <translation>&amp;Acerca de BioTrack…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>enfermería</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión iniciada: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>El primer responsable</translation>
    </message>
    <message>
        <source>This account adds the other users. Nobody can recover a forgotten password: keep it safe.</source>
        <translation>Esta cuenta da de alta a los demás usuarios. Nadie puede recuperar una contraseña olvidada: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repetir la contraseña:</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Escriba un usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Las dos contraseñas no coinciden: escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&apos;{text}&apos; is not a BioTrack barcode (expected BT + 8 digits)</source>
        <translation>&apos;{text}&apos; no es un código de barras de BioTrack (se esperaba BT + 8 dígitos)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a wrong check digit: misread or mistyped</source>
        <translation>&apos;{text}&apos; tiene un dígito de control erróneo: mal leído o mal tecleado</translation>
    </message>
    <message>
        <source>{problem} (see `{program} --help`)</source>
        <translation>{problem} (ver `{program} --help`)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; no es una fecha (usar AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time (use YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;{text}&apos; no es una fecha y hora (usar AAAA-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not &apos;{text}&apos;</source>
        <translation>{what} debe ser un número entero, no &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>who is acting? give --user NAME or set BIOTRACK_USER</source>
        <translation>¿quién actúa? indicar --user NOMBRE o definir BIOTRACK_USER</translation>
    </message>
    <message>
        <source>no password: set BIOTRACK_PASSWORD or run in a terminal</source>
        <translation>sin contraseña: definir BIOTRACK_PASSWORD o ejecutar en un terminal</translation>
    </message>
    <message>
        <source>--buffy must be 0, 1 or 2, not {count}</source>
        <translation>--buffy debe ser 0, 1 o 2, no {count}</translation>
    </message>
    <message>
        <source>visit {visit} has no buffy coat</source>
        <translation>la visita {visit} no tiene capa leucocitaria</translation>
    </message>
    <message>
        <source>missing command (see `{program} --help`)</source>
        <translation>falta la orden (ver `{program} --help`)</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>give one of --collection ID, --barcode B ..., --box PATH or --visit CODE VISIT</source>
        <translation>indicar uno de --collection ID, --barcode B ..., --box PATH o --visit CODE VISIT</translation>
    </message>
    <message>
        <source>give -o FILE (or --printer HOST[:PORT] for ZPL)</source>
        <translation>indicar -o FILE (o --printer HOST[:PORT] para ZPL)</translation>
    </message>
    <message>
        <source>report needs one of: inventory, completeness, due (see `biotrack report --help`)</source>
        <translation>report necesita uno de: inventory, completeness, due (ver `biotrack report --help`)</translation>
    </message>
    <message>
        <source>audit trail broken at event {id}</source>
        <translation>registro de auditoría roto en el evento {id}</translation>
    </message>
    <message>
        <source>the audit trail does not match the backup of {date}</source>
        <translation>el registro de auditoría no coincide con la copia de seguridad del {date}</translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation>se han encontrado {count} problema(s)</translation>
    </message>
    <message>
        <source>no password for the new account: set BIOTRACK_NEW_PASSWORD</source>
        <translation>sin contraseña para la nueva cuenta: definir BIOTRACK_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>users add needs NAME and --role</source>
        <translation>users add necesita NAME y --role</translation>
    </message>
    <message>
        <source>users {action} needs NAME</source>
        <translation>users {action} necesita NAME</translation>
    </message>
    <message>
        <source>collection id</source>
        <translation>el id de la extracción</translation>
    </message>
    <message>
        <source>--dry-ice-kg must be a number of kg, not &apos;{text}&apos;</source>
        <translation>--dry-ice-kg debe ser un número de kg, no &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>shipment needs one of: create, add, remove, show, manifest, dispatch, receive, cancel, list (see `biotrack shipment --help`)</source>
        <translation>shipment necesita uno de: create, add, remove, show, manifest, dispatch, receive, cancel, list (ver `biotrack shipment --help`)</translation>
    </message>
    <message>
        <source>give --format {formats} (or a file ending in {suffixes})</source>
        <translation>indicar --format {formats} (o un archivo terminado en {suffixes})</translation>
    </message>
    <message>
        <source>--format needs -o FILE</source>
        <translation>--format necesita -o FILE</translation>
    </message>
    <message>
        <source>-o takes a .pdf file (the plan&apos;s JSON is saved next to it)</source>
        <translation>-o admite un archivo .pdf (el JSON del plan se guarda a su lado)</translation>
    </message>
    <message>
        <source>space needs one of: free, empty-boxes, utilisation, defrag-plan, defrag-apply, evacuation (see `biotrack space --help`)</source>
        <translation>space necesita uno de: free, empty-boxes, utilisation, defrag-plan, defrag-apply, evacuation (ver `biotrack space --help`)</translation>
    </message>
    <message>
        <source>the temperature must be a number in °C, not &apos;{text}&apos;</source>
        <translation>la temperatura debe ser un número en °C, no &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>{what} must be a number in °C, not &apos;{text}&apos;</source>
        <translation>{what} debe ser un número en °C, no &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>not a BioTrack database ({problem})</source>
        <translation>no es una base de datos de BioTrack ({problem})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>{path} is not a BioTrack database (not an SQLite file)</source>
        <translation>{path} no es una base de datos de BioTrack (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>cannot open {path}: {problem}</source>
        <translation>no se puede abrir {path}: {problem}</translation>
    </message>
    <message>
        <source>{path} is not a BioTrack database (it holds other tables); not touched</source>
        <translation>{path} no es una base de datos de BioTrack (contiene otras tablas); no se ha modificado</translation>
    </message>
    <message>
        <source>{path} is not a usable database ({problem})</source>
        <translation>{path} no es una base de datos utilizable ({problem})</translation>
    </message>
    <message>
        <source>{path} was written by a newer BioTrack (schema {schema}; this version knows up to {known}): please update BioTrack</source>
        <translation>{path} se escribió con una versión más reciente de BioTrack (esquema {schema}; esta versión conoce hasta el {known}): actualizar BioTrack</translation>
    </message>
    <message>
        <source>cannot use {path}: {problem}</source>
        <translation>no se puede usar {path}: {problem}</translation>
    </message>
    <message>
        <source>backup of {source} to {target} failed: {problem}</source>
        <translation>ha fallado la copia de seguridad de {source} en {target}: {problem}</translation>
    </message>
    <message>
        <source>the database is busy or read-only: {problem}</source>
        <translation>la base de datos está ocupada o es de solo lectura: {problem}</translation>
    </message>
    <message>
        <source>could not save: {problem}</source>
        <translation>no se ha podido guardar: {problem}</translation>
    </message>
    <message>
        <source>label text {text} does not fit template {name}: at the smallest size ({size} pt) it is {needed} mm wide, the label has {room} mm for it</source>
        <translation>el texto de etiqueta {text} no cabe en la plantilla {name}: con el tamaño mínimo ({size} pt) mide {needed} mm de ancho y la etiqueta tiene {room} mm para él</translation>
    </message>
    <message>
        <source>the {count} text lines of label {barcode} do not fit template {name}: at the smallest sizes they need {needed} mm of height, the label has {room} mm for them</source>
        <translation>las {count} líneas de texto de la etiqueta {barcode} no caben en la plantilla {name}: con los tamaños mínimos necesitan {needed} mm de alto y la etiqueta tiene {room} mm para ellas</translation>
    </message>
    <message>
        <source>template {name}: the symbol leaves no room for the text</source>
        <translation>plantilla {name}: el símbolo no deja espacio para el texto</translation>
    </message>
    <message>
        <source>template {name}: the {symbology} symbol of {text} needs {size} mm with its quiet zone at {dpi} dpi; the label has {width} x {height} mm</source>
        <translation>plantilla {name}: el símbolo {symbology} de {text} necesita {size} mm con su zona de silencio a {dpi} dpi; la etiqueta tiene {width} x {height} mm</translation>
    </message>
    <message>
        <source>there are no labels to print</source>
        <translation>no hay etiquetas que imprimir</translation>
    </message>
    <message>
        <source>template {name} cannot be printed as PDF</source>
        <translation>la plantilla {name} no se puede imprimir como PDF</translation>
    </message>
    <message>
        <source>{text} cannot be printed as a barcode (printable ASCII only)</source>
        <translation>{text} no se puede imprimir como código de barras (solo ASCII imprimible)</translation>
    </message>
    <message>
        <source>label template {source}: {key}: {problem}</source>
        <translation>plantilla de etiqueta {source}: {key}: {problem}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected a number &gt; {minimum} and &lt;= {maximum}, not {value}</source>
        <translation>se esperaba un número &gt; {minimum} y &lt;= {maximum}, no {value}</translation>
    </message>
    <message>
        <source>expected a number &gt;= {minimum} and &lt;= {maximum}, not {value}</source>
        <translation>se esperaba un número &gt;= {minimum} y &lt;= {maximum}, no {value}</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>expected a whole number from {minimum} to {maximum}</source>
        <translation>se esperaba un número entero entre {minimum} y {maximum}</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>expected one of {choices}, not {value}</source>
        <translation>se esperaba uno de estos valores: {choices}; no {value}</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>se esperaba una lista no vacía</translation>
    </message>
    <message>
        <source>{item} is not one of {choices}</source>
        <translation>{item} no es uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>lists an item twice</source>
        <translation>contiene un elemento dos veces</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>se esperaba una tabla</translation>
    </message>
    <message>
        <source>expected a non-empty list of tables ([[...]])</source>
        <translation>se esperaba una lista no vacía de tablas ([[...]])</translation>
    </message>
    <message>
        <source>unknown key (known: {known})</source>
        <translation>clave desconocida (conocidas: {known})</translation>
    </message>
    <message>
        <source>unknown label template {name} (templates: {templates})</source>
        <translation>plantilla de etiqueta desconocida {name} (plantillas: {templates})</translation>
    </message>
    <message>
        <source>label template {source}: not UTF-8 text</source>
        <translation>plantilla de etiqueta {source}: no es texto UTF-8</translation>
    </message>
    <message>
        <source>label template {source}: not valid TOML ({problem})</source>
        <translation>plantilla de etiqueta {source}: no es TOML válido ({problem})</translation>
    </message>
    <message>
        <source>expected one of {choices}</source>
        <translation>se esperaba uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>a sheet template is printed from a PDF, not from ZPL</source>
        <translation>una plantilla de hoja se imprime desde un PDF, no desde ZPL</translation>
    </message>
    <message>
        <source>only a template with media = &quot;sheet&quot; has a sheet grid</source>
        <translation>solo una plantilla con media = &quot;sheet&quot; tiene cuadrícula de hoja</translation>
    </message>
    <message>
        <source>a label without a symbol must show the barcode text</source>
        <translation>una etiqueta sin símbolo debe mostrar el texto del código de barras</translation>
    </message>
    <message>
        <source>the margins leave (almost) nothing of the label</source>
        <translation>los márgenes no dejan (casi) nada de la etiqueta</translation>
    </message>
    <message>
        <source>larger than module_mm ({module})</source>
        <translation>mayor que module_mm ({module})</translation>
    </message>
    <message>
        <source>only Code 128 has a bar height (a Data Matrix is square)</source>
        <translation>solo Code 128 tiene altura de barras (un Data Matrix es cuadrado)</translation>
    </message>
    <message>
        <source>larger than size ({size})</source>
        <translation>mayor que size ({size})</translation>
    </message>
    <message>
        <source>{count} columns end at {end} mm, past the page width {width} mm</source>
        <translation>{count} columnas terminan en {end} mm, más allá del ancho de página de {width} mm</translation>
    </message>
    <message>
        <source>{count} rows end at {end} mm, past the page height {height} mm</source>
        <translation>{count} filas terminan en {end} mm, más allá del alto de página de {height} mm</translation>
    </message>
    <message>
        <source>printer resolution must be {choices} or {last} dpi, not {dpi}</source>
        <translation>la resolución de la impresora debe ser {choices} o {last} dpi, no {dpi}</translation>
    </message>
    <message>
        <source>template {name} is a roll: a start position only applies to sheet templates</source>
        <translation>la plantilla {name} es de rollo: la posición inicial solo se aplica a plantillas de hoja</translation>
    </message>
    <message>
        <source>start position must be from 1 to {last} on a {name} sheet, not {start}</source>
        <translation>la posición inicial debe estar entre 1 y {last} en una hoja {name}, no {start}</translation>
    </message>
    <message>
        <source>template {name} is for laser printers: use the PDF format</source>
        <translation>la plantilla {name} es para impresoras láser: usar el formato PDF</translation>
    </message>
    <message>
        <source>label text {text} contains control characters</source>
        <translation>el texto de etiqueta {text} contiene caracteres de control</translation>
    </message>
    <message>
        <source>printer {printer} did not answer within {seconds} s</source>
        <translation>la impresora {printer} no ha respondido en {seconds} s</translation>
    </message>
    <message>
        <source>cannot send labels to printer {printer}: {reason}</source>
        <translation>no se pueden enviar las etiquetas a la impresora {printer}: {reason}</translation>
    </message>
    <message>
        <source>no print system here (the &apos;lp&apos; command is missing): write the labels to a file or use the printer&apos;s network address</source>
        <translation>no hay sistema de impresión en este equipo (falta la orden &apos;lp&apos;): guardar las etiquetas en un archivo o usar la dirección de red de la impresora</translation>
    </message>
    <message>
        <source>print queue {queue} did not take the job within {seconds} s</source>
        <translation>la cola de impresión {queue} no ha aceptado el trabajo en {seconds} s</translation>
    </message>
    <message>
        <source>print queue {queue} refused the job: {reason}</source>
        <translation>la cola de impresión {queue} ha rechazado el trabajo: {reason}</translation>
    </message>
    <message>
        <source>lp failed</source>
        <translation>lp ha fallado</translation>
    </message>
    <message>
        <source>{printer} is not a printer (HOST[:PORT] or queue:NAME)</source>
        <translation>{printer} no es una impresora (HOST[:PORT] o queue:NAME)</translation>
    </message>
    <message>
        <source>{port} is not a port number</source>
        <translation>{port} no es un número de puerto</translation>
    </message>
    <message>
        <source>cohort {code} has no &apos;{kind}&apos; event visits</source>
        <translation>la cohorte {code} no tiene visitas de evento &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>unknown cohort &apos;{code}&apos; (known: {known})</source>
        <translation>cohorte desconocida &apos;{code}&apos; (conocidas: {known})</translation>
    </message>
    <message>
        <source>unknown regimen &apos;{regimen}&apos; (see `biotrack regimens`)</source>
        <translation>pauta desconocida &apos;{regimen}&apos; (ver `biotrack regimens`)</translation>
    </message>
    <message>
        <source>protocol file {source}: {key}: {problem}</source>
        <translation>archivo de protocolo {source}: {key}: {problem}</translation>
    </message>
    <message>
        <source>expected an integer &gt;= {minimum}</source>
        <translation>se esperaba un número entero &gt;= {minimum}</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>expected a list of non-empty strings</source>
        <translation>se esperaba una lista de textos no vacíos</translation>
    </message>
    <message>
        <source>expected a list of tables</source>
        <translation>se esperaba una lista de tablas</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>cannot read protocol file {path}: {reason}</source>
        <translation>no se puede leer el archivo de protocolo {path}: {reason}</translation>
    </message>
    <message>
        <source>unknown protocol &apos;{name}&apos;</source>
        <translation>protocolo desconocido &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>protocol file {source}: not UTF-8 text</source>
        <translation>archivo de protocolo {source}: no es texto UTF-8</translation>
    </message>
    <message>
        <source>protocol file {source}: not valid TOML ({problem})</source>
        <translation>archivo de protocolo {source}: no es TOML válido ({problem})</translation>
    </message>
    <message>
        <source>duplicate cohort &apos;{code}&apos;</source>
        <translation>cohorte &apos;{code}&apos; repetida</translation>
    </message>
    <message>
        <source>not a cohort code</source>
        <translation>no es un código de cohorte</translation>
    </message>
    <message>
        <source>only the last phase may run without a count</source>
        <translation>solo la última fase puede no tener número de ciclos</translation>
    </message>
    <message>
        <source>duplicate regimen &apos;{regimen}&apos;</source>
        <translation>pauta &apos;{regimen}&apos; repetida</translation>
    </message>
    <message>
        <source>at most 26 rows (A..Z)</source>
        <translation>como máximo 26 filas (A..Z)</translation>
    </message>
    <message>
        <source>needs one entry per rack of a shelf</source>
        <translation>necesita una entrada por cada rack de un estante</translation>
    </message>
    <message>
        <source>duplicate &apos;{value}&apos;</source>
        <translation>valor repetido &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>must define at least one sample type</source>
        <translation>debe definir al menos un tipo de muestra</translation>
    </message>
    <message>
        <source>unknown primary tube &apos;{tube}&apos;</source>
        <translation>tubo primario desconocido &apos;{tube}&apos;</translation>
    </message>
    <message>
        <source>unknown sample type &apos;{type}&apos;</source>
        <translation>tipo de muestra desconocido &apos;{type}&apos;</translation>
    </message>
    <message>
        <source>unknown sample set &apos;{set}&apos;</source>
        <translation>conjunto de muestras desconocido &apos;{set}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;first_dose&apos; or &apos;enrolment&apos;</source>
        <translation>se esperaba &apos;first_dose&apos; o &apos;enrolment&apos;</translation>
    </message>
    <message>
        <source>cycle visits must have increasing, distinct cycle numbers</source>
        <translation>las visitas de ciclo deben tener números de ciclo distintos y crecientes</translation>
    </message>
    <message>
        <source>expected at least two non-empty lists of aliquot numbers (e.g. [[1, 2, 3], [4, 5, 6]])</source>
        <translation>se esperaban al menos dos listas no vacías de números de alícuota (p. ej., [[1, 2, 3], [4, 5, 6]])</translation>
    </message>
    <message>
        <source>aliquot {number} is in two groups</source>
        <translation>la alícuota {number} está en dos grupos</translation>
    </message>
    <message>
        <source>needs one freezer code per group (or none: any freezers)</source>
        <translation>necesita un código de congelador por grupo (o ninguno: cualquier congelador)</translation>
    </message>
    <message>
        <source>buckets must be in increasing max_minutes order</source>
        <translation>los intervalos deben estar en orden creciente de max_minutes</translation>
    </message>
    <message>
        <source>expected a lower-case language code such as &apos;es&apos;</source>
        <translation>se esperaba un código de idioma en minúsculas, como &apos;es&apos;</translation>
    </message>
    <message>
        <source>{source}: too large for a rack scan ({size} bytes)</source>
        <translation>{source}: demasiado grande para un archivo del escáner de racks ({size} bytes)</translation>
    </message>
    <message>
        <source>{source}: not a text file</source>
        <translation>{source}: no es un archivo de texto</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{source}, line {line}: expected a position and a barcode</source>
        <translation>{source}, línea {line}: se esperaba una posición y un código de barras</translation>
    </message>
    <message>
        <source>{source}, line {line}: &apos;{position}&apos; is not a position (e.g. A1 or A01)</source>
        <translation>{source}, línea {line}: &apos;{position}&apos; no es una posición (p. ej., A1 o A01)</translation>
    </message>
    <message>
        <source>{source}, line {line}: position {position} appears twice (also line {other})</source>
        <translation>{source}, línea {line}: la posición {position} aparece dos veces (también en la línea {other})</translation>
    </message>
    <message>
        <source>{source}, line {line}: &apos;{barcode}&apos; is not a tube barcode</source>
        <translation>{source}, línea {line}: &apos;{barcode}&apos; no es un código de barras de tubo</translation>
    </message>
    <message>
        <source>{source}, line {line}: no &apos;position&apos; and &apos;barcode&apos; columns (see the accepted layouts in the README)</source>
        <translation>{source}, línea {line}: faltan las columnas &apos;position&apos; y &apos;barcode&apos; (consultar los formatos admitidos en el README)</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>no se puede escribir {path}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (use YYYY-MM, e.g. 2026-10)</source>
        <translation>&apos;{text}&apos; no es un mes (usar AAAA-MM, p. ej., 2026-10)</translation>
    </message>
    <message>
        <source>a password needs at least {count} characters</source>
        <translation>una contraseña necesita al menos {count} caracteres</translation>
    </message>
    <message>
        <source>a user name must be 1 to 64 printable characters</source>
        <translation>un nombre de usuario debe tener de 1 a 64 caracteres imprimibles</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; (roles: {roles})</source>
        <translation>rol desconocido &apos;{role}&apos; (roles: {roles})</translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation>usuario desconocido o contraseña incorrecta</translation>
    </message>
    <message>
        <source>the account &apos;{user}&apos; is disabled</source>
        <translation>la cuenta &apos;{user}&apos; está desactivada</translation>
    </message>
    <message>
        <source>this database already has users: sign in as a manager instead</source>
        <translation>esta base de datos ya tiene usuarios: iniciar sesión como responsable</translation>
    </message>
    <message>
        <source>a user named &apos;{user}&apos; already exists</source>
        <translation>ya existe un usuario llamado &apos;{user}&apos;</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>no se puede desactivar la cuenta propia</translation>
    </message>
    <message>
        <source>unknown user &apos;{user}&apos;</source>
        <translation>usuario desconocido &apos;{user}&apos;</translation>
    </message>
    <message>
        <source>give the name of the print queue (1 to 128 printable characters)</source>
        <translation>indicar el nombre de la cola de impresión (de 1 a 128 caracteres imprimibles)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a print queue name here: it means another kind of printer</source>
        <translation>&apos;{name}&apos; no puede ser aquí el nombre de una cola de impresión: designa otro tipo de impresora</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a printer address: use HOST:PORT, e.g. 192.168.1.50:9100</source>
        <translation>&apos;{address}&apos; no es una dirección de impresora: usar HOST:PORT, p. ej., 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>&apos;{port}&apos; is not a port number (1 to 65535)</source>
        <translation>&apos;{port}&apos; no es un número de puerto (de 1 a 65535)</translation>
    </message>
    <message>
        <source>unknown printer kind &apos;{kind}&apos; (choose {kinds})</source>
        <translation>tipo de impresora desconocido &apos;{kind}&apos; (elegir entre {kinds})</translation>
    </message>
    <message>
        <source>no BioTrack database at {path}: create one with `biotrack init`</source>
        <translation>no hay ninguna base de datos de BioTrack en {path}: crear una con `biotrack init`</translation>
    </message>
    <message>
        <source>the database was never initialised (no protocol recorded)</source>
        <translation>la base de datos nunca se inicializó (no hay ningún protocolo registrado)</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file or remove it first</source>
        <translation>{path} ya existe: elegir otro archivo o eliminarlo primero</translation>
    </message>
    <message>
        <source>unknown audit source &apos;{source}&apos; (hand or file)</source>
        <translation>origen de auditoría desconocido &apos;{source}&apos; (hand o file)</translation>
    </message>
    <message>
        <source>{source}, line {line}: {problem}</source>
        <translation>{source}, línea {line}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <source>no box audit {audit}</source>
        <translation>no existe la auditoría de caja {audit}</translation>
    </message>
    <message>
        <source>no box-audit finding {finding}</source>
        <translation>no existe el hallazgo de auditoría de caja {finding}</translation>
    </message>
    <message>
        <source>unknown action &apos;{action}&apos; (mark-missing, move-here, correct-position or dismiss)</source>
        <translation>acción desconocida &apos;{action}&apos; (mark-missing, move-here, correct-position o dismiss)</translation>
    </message>
    <message>
        <source>finding {finding} was already resolved ({resolution} on {date} by {user})</source>
        <translation>el hallazgo {finding} ya se resolvió ({resolution} el {date}, por {user})</translation>
    </message>
    <message>
        <source>finding {finding} ({category} {barcode}) can only be resolved with {actions}</source>
        <translation>el hallazgo {finding} ({category} {barcode}) solo se puede resolver con {actions}</translation>
    </message>
    <message>
        <source>no tube with barcode {barcode}</source>
        <translation>ningún tubo tiene el código de barras {barcode}</translation>
    </message>
    <message>
        <source>{barcode} changed since box audit {audit} (it is now {now}): audit box {box} again</source>
        <translation>{barcode} ha cambiado desde la auditoría de caja {audit} (ahora: {now}): volver a auditar la caja {box}</translation>
    </message>
    <message>
        <source>{barcode} was scanned without a position: move it with &apos;move&apos; to the position it is in</source>
        <translation>{barcode} se escaneó sin posición: moverlo con &apos;move&apos; a la posición en la que está</translation>
    </message>
    <message>
        <source>{position} of box {box} still holds {barcode}, which this audit found misplaced too: correct all positions of audit {audit} together</source>
        <translation>{position} de la caja {box} aún contiene {barcode}, que esta auditoría también encontró mal ubicado: corregir a la vez todas las posiciones de la auditoría {audit}</translation>
    </message>
    <message>
        <source>box audit {audit} has no open misplaced tube</source>
        <translation>la auditoría de caja {audit} no tiene ningún tubo mal ubicado pendiente</translation>
    </message>
    <message>
        <source>{problem}: resolve that tube&apos;s finding first</source>
        <translation>{problem}: resolver primero el hallazgo de ese tubo</translation>
    </message>
    <message>
        <source>finding {finding} was already resolved</source>
        <translation>el hallazgo {finding} ya se resolvió</translation>
    </message>
    <message>
        <source>{source}: no tubes in the file</source>
        <translation>{source}: el archivo no contiene tubos</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>tube {number}</source>
        <translation>tubo {number}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{barcode} is listed twice (also {where})</source>
        <translation>{barcode} aparece dos veces (también en {where})</translation>
    </message>
    <message>
        <source>{barcode} is {status}: it is not in the freezer</source>
        <translation>{barcode} está en estado {status}: no está en el congelador</translation>
    </message>
    <message>
        <source>{barcode} is a {kind} tube: box {box} takes {takes} tubes</source>
        <translation>{barcode} es un tubo de {kind}: la caja {box} admite tubos de {takes}</translation>
    </message>
    <message>
        <source>{barcode} is already placed at {path}</source>
        <translation>{barcode} ya está colocado en {path}</translation>
    </message>
    <message>
        <source>position {position} already holds {barcode}</source>
        <translation>la posición {position} ya contiene {barcode}</translation>
    </message>
    <message>
        <source>well {well}: the scanner could not read this tube (scan the rack again)</source>
        <translation>pocillo {well}: el escáner no ha podido leer este tubo (volver a escanear el rack)</translation>
    </message>
    <message>
        <source>{source}: nothing was placed, {count} problem(s): {problems}; and {more} more</source>
        <translation>{source}: no se ha colocado nada, {count} problema(s): {problems}; y {more} más</translation>
    </message>
    <message>
        <source>{source}: nothing was placed, {count} problem(s): {problems}</source>
        <translation>{source}: no se ha colocado nada, {count} problema(s): {problems}</translation>
    </message>
    <message>
        <source>{source}: nothing to place: its {count} tube(s) are already at their positions in {box}</source>
        <translation>{source}: no hay nada que colocar: sus {count} tubo(s) ya están en sus posiciones en {box}</translation>
    </message>
    <message>
        <source>visit {visit} gives no {sample}</source>
        <translation>la visita {visit} no tiene muestras de {sample}</translation>
    </message>
    <message>
        <source>the number of {sample} aliquots must be 0 or more, not {count}</source>
        <translation>el número de alícuotas de {sample} debe ser 0 o más, no {count}</translation>
    </message>
    <message>
        <source>visit {visit} gives at most {most} {sample} aliquots, not {count}</source>
        <translation>la visita {visit} da como máximo {most} alícuotas de {sample}, no {count}</translation>
    </message>
    <message>
        <source>a collection needs at least one aliquot (record a missed visit instead)</source>
        <translation>una extracción necesita al menos una alícuota (en su lugar, registrar una visita no realizada)</translation>
    </message>
    <message>
        <source>the draw time {time} is in the future</source>
        <translation>la hora de extracción {time} es futura</translation>
    </message>
    <message>
        <source>the draw ({date}) is before enrolment ({enrolled})</source>
        <translation>la extracción ({date}) es anterior a la inclusión ({enrolled})</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>extracción</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>centrifuged</source>
        <translation>centrifugación</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>congelación</translation>
    </message>
    <message>
        <source>{step} at {time} is before {earlier} at {earlier_time}</source>
        <translation>la hora de {step} ({time}) es anterior a la de {earlier} ({earlier_time})</translation>
    </message>
    <message>
        <source>{step} at {time} is more than 7 days after the draw: check the date</source>
        <translation>la hora de {step} ({time}) es más de 7 días posterior a la extracción: comprobar la fecha</translation>
    </message>
    <message>
        <source>{step} at {time} is in the future</source>
        <translation>la hora de {step} ({time}) es futura</translation>
    </message>
    <message>
        <source>{code} {visit} is already collected</source>
        <translation>{code} {visit} ya tiene la extracción registrada</translation>
    </message>
    <message>
        <source>{code} {visit} is {status}: it cannot be collected</source>
        <translation>{code} {visit} está en estado {status}: no se puede registrar su extracción</translation>
    </message>
    <message>
        <source>{code} is {status}</source>
        <translation>{code} está en estado {status}</translation>
    </message>
    <message>
        <source>short draw: {got} of {count} {sample}</source>
        <translation>volumen extraído escaso: {got} de {count} {sample}</translation>
    </message>
    <message>
        <source>baseline drawn after the first ICI dose ({date})</source>
        <translation>extracción basal posterior a la primera dosis de ICI ({date})</translation>
    </message>
    <message>
        <source>drawn out of window ({start} to {end})</source>
        <translation>extracción fuera de ventana ({start} a {end})</translation>
    </message>
    <message>
        <source>{count} aliquot(s) could not be placed: no free position in a box of the right type. They wait as unplaced; add boxes and place them with `move`.</source>
        <translation>{count} alícuota(s) no se pudieron colocar: no hay posición libre en una caja del tipo adecuado. Quedan sin posición; añada cajas y colóquelas con `move`.</translation>
    </message>
    <message>
        <source>{aliquot} is not an aliquot of this draw</source>
        <translation>{aliquot} no es una alícuota de esta extracción</translation>
    </message>
    <message>
        <source>box {box} takes {takes} tubes, not {given}</source>
        <translation>la caja {box} admite tubos de {takes}, no de {given}</translation>
    </message>
    <message>
        <source>position {position} already holds {holder}</source>
        <translation>la posición {position} ya está ocupada por {holder}</translation>
    </message>
    <message>
        <source>{first} and {second} cannot both go to {path}</source>
        <translation>{first} y {second} no pueden ir ambos a {path}</translation>
    </message>
    <message>
        <source>{first} and {second} would both go to {path}: choose a position for each</source>
        <translation>{first} y {second} irían ambos a {path}: elegir una posición para cada uno</translation>
    </message>
    <message>
        <source>split storage: freezer {code} (protocol storage.split) has no {box_type} boxes: add it or change the protocol</source>
        <translation>almacenamiento repartido: el congelador {code} (protocolo storage.split) no tiene cajas de {box_type}: añadirlas o cambiar el protocolo</translation>
    </message>
    <message>
        <source>split storage: freezer {code} (protocol storage.split) does not exist: add it or change the protocol</source>
        <translation>almacenamiento repartido: el congelador {code} (protocolo storage.split) no existe: añadirlo o cambiar el protocolo</translation>
    </message>
    <message>
        <source>split storage needs {wanted} freezers with {box_type} boxes for the {sample} aliquots; found {count} ({freezers}): add a freezer or turn off storage.split in the protocol</source>
        <translation>el almacenamiento repartido necesita {wanted} congeladores con cajas de {box_type} para las alícuotas de {sample}; encontrados: {count} ({freezers}): añadir un congelador o desactivar storage.split en el protocolo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>freezer {code} is full</source>
        <translation>el congelador {code} está lleno</translation>
    </message>
    <message>
        <source>no other freezer has room</source>
        <translation>ningún otro congelador tiene sitio</translation>
    </message>
    <message>
        <source>split storage: {which} for {sample} aliquots {numbers} ({needed} positions needed in one freezer, {free} free); nothing was registered. Add a {box_type} box there or free space (biotrack space defrag-plan), then register again</source>
        <translation>almacenamiento repartido: {which} para las alícuotas de {sample} {numbers} (se necesitan {needed} posiciones en un mismo congelador, hay {free} libres); no se ha registrado nada. Añadir allí una caja de {box_type} o liberar espacio (biotrack space defrag-plan) y volver a registrar</translation>
    </message>
    <message>
        <source>no collection {id}</source>
        <translation>no existe la extracción {id}</translation>
    </message>
    <message>
        <source>sex must be one of {choices}</source>
        <translation>el sexo debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year</source>
        <translation>&apos;{text}&apos; no es un año</translation>
    </message>
    <message>
        <source>birth year {year} is not that of an adult</source>
        <translation>el año de nacimiento {year} no corresponde a un adulto</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>&apos;{text}&apos; no es una fecha y hora (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; cannot be corrected (fields: {fields})</source>
        <translation>&apos;{field}&apos; no se puede corregir (campos: {fields})</translation>
    </message>
    <message>
        <source>only ICI participants have a first dose</source>
        <translation>solo los participantes de ICI tienen primera dosis</translation>
    </message>
    <message>
        <source>the enrolment date cannot be in the future</source>
        <translation>la fecha de inclusión no puede ser futura</translation>
    </message>
    <message>
        <source>{field} is already {value}</source>
        <translation>{field} ya vale {value}</translation>
    </message>
    <message>
        <source>the draw time is required</source>
        <translation>la hora de extracción es obligatoria</translation>
    </message>
    <message>
        <source>the times would be out of order (drawn, received, centrifuged, frozen)</source>
        <translation>las horas quedarían desordenadas (extracción, recepción, centrifugación, congelación)</translation>
    </message>
    <message>
        <source>the demo data is written for INTER-AUTENTIC; protocol {protocol} has no cohort {cohort}</source>
        <translation>los datos de demostración están pensados para INTER-AUTENTIC; el protocolo {protocol} no tiene la cohorte {cohort}</translation>
    </message>
    <message>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>el intervalo termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>choose a range of at most one year</source>
        <translation>elegir un intervalo de un año como máximo</translation>
    </message>
    <message>
        <source>unknown site &apos;{site}&apos;</source>
        <translation>centro desconocido &apos;{site}&apos;</translation>
    </message>
    <message>
        <source>unknown participant &apos;{code}&apos;</source>
        <translation>participante desconocido &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>the enrolment date {date} is in the future</source>
        <translation>la fecha de inclusión {date} es futura</translation>
    </message>
    <message>
        <source>cohort {cohort} needs a regimen (see `biotrack regimens`)</source>
        <translation>la cohorte {cohort} requiere una pauta (ver `biotrack regimens`)</translation>
    </message>
    <message>
        <source>the first ICI dose cannot be before enrolment (ICI-naive)</source>
        <translation>la primera dosis de ICI no puede ser anterior a la inclusión (sin tratamiento previo con ICI)</translation>
    </message>
    <message>
        <source>cohort {cohort} has no ICI regimen or first dose</source>
        <translation>la cohorte {cohort} no tiene pauta de ICI ni primera dosis</translation>
    </message>
    <message>
        <source>birth year {year} is not that of an adult (age &gt;= 18)</source>
        <translation>el año de nacimiento {year} no corresponde a un adulto (edad &gt;= 18)</translation>
    </message>
    <message>
        <source>unknown site &apos;{site}&apos; (sites: {known})</source>
        <translation>centro desconocido &apos;{site}&apos; (centros: {known})</translation>
    </message>
    <message>
        <source>eligibility not answered: {criterion}</source>
        <translation>elegibilidad sin responder: {criterion}</translation>
    </message>
    <message>
        <source>not eligible: {criterion}</source>
        <translation>no elegible: {criterion}</translation>
    </message>
    <message>
        <source>{code} has no visit &apos;{visit}&apos; (visits: {known})</source>
        <translation>{code} no tiene ninguna visita &apos;{visit}&apos; (visitas: {known})</translation>
    </message>
    <message>
        <source>the date {date} is in the future</source>
        <translation>la fecha {date} es futura</translation>
    </message>
    <message>
        <source>the date {date} is before enrolment ({enrolled})</source>
        <translation>la fecha {date} es anterior a la inclusión ({enrolled})</translation>
    </message>
    <message>
        <source>the date {date} is after the end of follow-up</source>
        <translation>la fecha {date} es posterior al final del seguimiento</translation>
    </message>
    <message>
        <source>cohort {cohort} has no {kind} visits</source>
        <translation>la cohorte {cohort} no tiene visitas de tipo {kind}</translation>
    </message>
    <message>
        <source>CTCAE grade must be 1 to 5, not {grade}</source>
        <translation>el grado CTCAE debe ser de 1 a 5, no {grade}</translation>
    </message>
    <message>
        <source>an irAE cannot precede the first ICI dose ({date})</source>
        <translation>un irAE no puede ser anterior a la primera dosis de ICI ({date})</translation>
    </message>
    <message>
        <source>unknown event &apos;{kind}&apos; (remission or flare)</source>
        <translation>evento desconocido &apos;{kind}&apos; (remission o flare)</translation>
    </message>
    <message>
        <source>{code} {visit} is already {status}</source>
        <translation>{code} {visit} ya está en estado {status}</translation>
    </message>
    <message>
        <source>unknown end of participation &apos;{status}&apos;</source>
        <translation>fin de participación desconocido &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>{code} is already {status}</source>
        <translation>{code} ya está en estado {status}</translation>
    </message>
    <message>
        <source>the date {date} must lie between enrolment and today</source>
        <translation>la fecha {date} debe estar entre la inclusión y hoy</translation>
    </message>
    <message>
        <source>shelf code {code} must be 1-16 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>el código del estante {code} debe tener de 1 a 16 letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>freezer {parent} already has a shelf {code}</source>
        <translation>el congelador {parent} ya tiene un estante {code}</translation>
    </message>
    <message>
        <source>rack code {code} must be 1-16 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>el código del rack {code} debe tener de 1 a 16 letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>shelf {parent} already has a rack {code}</source>
        <translation>el estante {parent} ya tiene un rack {code}</translation>
    </message>
    <message>
        <source>box code {code} must be 1-16 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>el código de la caja {code} debe tener de 1 a 16 letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>rack {parent} already has a box {code}</source>
        <translation>el rack {parent} ya tiene una caja {code}</translation>
    </message>
    <message>
        <source>{path} is not a freezer path (e.g. F1)</source>
        <translation>{path} no es una ruta de congelador (p. ej., F1)</translation>
    </message>
    <message>
        <source>no freezer {code}</source>
        <translation>no existe el congelador {code}</translation>
    </message>
    <message>
        <source>{path} is not a shelf path (FREEZER/SHELF, e.g. F1/S1)</source>
        <translation>{path} no es una ruta de estante (CONGELADOR/ESTANTE, p. ej., F1/S1)</translation>
    </message>
    <message>
        <source>no shelf at {path}</source>
        <translation>no hay ningún estante en {path}</translation>
    </message>
    <message>
        <source>{path} is not a rack path (FREEZER/SHELF/RACK, e.g. F1/S1/R1)</source>
        <translation>{path} no es una ruta de rack (CONGELADOR/ESTANTE/RACK, p. ej., F1/S1/R1)</translation>
    </message>
    <message>
        <source>no rack at {path}</source>
        <translation>no hay ningún rack en {path}</translation>
    </message>
    <message>
        <source>{path} is not a freezer, shelf or rack</source>
        <translation>{path} no es un congelador, un estante ni un rack</translation>
    </message>
    <message>
        <source>box type {type} must be {choices}</source>
        <translation>el tipo de caja {type} debe ser {choices}</translation>
    </message>
    <message>
        <source>enrol participants</source>
        <translation>incluir participantes</translation>
    </message>
    <message>
        <source>record clinical events</source>
        <translation>registrar eventos clínicos</translation>
    </message>
    <message>
        <source>register collections</source>
        <translation>registrar extracciones</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>imprimir etiquetas</translation>
    </message>
    <message>
        <source>withdraw participants</source>
        <translation>retirar participantes</translation>
    </message>
    <message>
        <source>see local identifiers</source>
        <translation>ver identificadores locales</translation>
    </message>
    <message>
        <source>move or check out tubes</source>
        <translation>mover tubos ni sacarlos temporalmente</translation>
    </message>
    <message>
        <source>discard tubes</source>
        <translation>desechar tubos</translation>
    </message>
    <message>
        <source>change the freezer layout</source>
        <translation>cambiar la distribución de los congeladores</translation>
    </message>
    <message>
        <source>make reports</source>
        <translation>elaborar informes</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <source>correct records</source>
        <translation>corregir registros</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>restaurar copias de seguridad</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>hacer copias de seguridad</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}</source>
        <translation>{user} ({role}) no puede {action}</translation>
    </message>
    <message>
        <source>collection {id} has no tube left to label</source>
        <translation>a la extracción {id} no le queda ningún tubo que etiquetar</translation>
    </message>
    <message>
        <source>give at least one barcode</source>
        <translation>indicar al menos un código de barras</translation>
    </message>
    <message>
        <source>at most {most} labels at once</source>
        <translation>como máximo {most} etiquetas a la vez</translation>
    </message>
    <message>
        <source>{barcode} is listed twice</source>
        <translation>{barcode} aparece dos veces</translation>
    </message>
    <message>
        <source>{barcode} is {status}: no label is printed for a tube that is no longer kept</source>
        <translation>{barcode} está en estado {status}: no se imprimen etiquetas para un tubo que ya no se conserva</translation>
    </message>
    <message>
        <source>box {path} holds no tubes</source>
        <translation>la caja {path} no contiene tubos</translation>
    </message>
    <message>
        <source>{code} {visit} is already collected: print its labels with --collection {id}</source>
        <translation>{code} {visit} ya tiene extracción registrada: imprimir sus etiquetas con --collection {id}</translation>
    </message>
    <message>
        <source>{code} {visit} is {status}: no labels to pre-print</source>
        <translation>{code} {visit} está en estado {status}: no hay etiquetas que preimprimir</translation>
    </message>
    <message>
        <source>{barcode} is not a pre-printed label</source>
        <translation>{barcode} no es una etiqueta preimpresa</translation>
    </message>
    <message>
        <source>label format must be pdf or zpl, not {format}</source>
        <translation>el formato de etiqueta debe ser pdf o zpl, no {format}</translation>
    </message>
    <message>
        <source>template {name} prints as {formats}, not {format}</source>
        <translation>la plantilla {name} se imprime en {formats}, no en {format}</translation>
    </message>
    <message>
        <source>a label printer&apos;s network port takes ZPL only: send the PDF to a print queue (queue:NAME) or write it to a file</source>
        <translation>el puerto de red de una impresora de etiquetas solo admite ZPL: enviar el PDF a una cola de impresión (queue:NAME) o guardarlo en un archivo</translation>
    </message>
    <message>
        <source>{barcode} is a pre-printed label for {code} {visit}, not collected yet: print it with --visit {code} {visit}</source>
        <translation>{barcode} es una etiqueta preimpresa para {code} {visit}, aún sin extraer: imprimirla con --visit {code} {visit}</translation>
    </message>
    <message>
        <source>give --format ({choices}): the file name &apos;{name}&apos; does not say which</source>
        <translation>indicar --format ({choices}): el nombre de archivo &apos;{name}&apos; no indica cuál</translation>
    </message>
    <message>
        <source>unknown format &apos;{format}&apos; (choose {choices})</source>
        <translation>formato desconocido &apos;{format}&apos; (elegir entre {choices})</translation>
    </message>
    <message>
        <source>{month} has not begun: choose this month or an earlier one</source>
        <translation>{month} aún no ha empezado: elegir este mes o uno anterior</translation>
    </message>
    <message>
        <source>the overdue limit must be 1 to 3650 days, not {days}</source>
        <translation>el límite de vencimiento debe ser de 1 a 3650 días, no {days}</translation>
    </message>
    <message>
        <source>cohort {values}</source>
        <translation>cohorte {values}</translation>
    </message>
    <message>
        <source>site {values}</source>
        <translation>centro {values}</translation>
    </message>
    <message>
        <source>visit {visits} or kind {kinds}</source>
        <translation>visita {visits} o tipo de visita {kinds}</translation>
    </message>
    <message>
        <source>visit {values}</source>
        <translation>visita {values}</translation>
    </message>
    <message>
        <source>kind {values}</source>
        <translation>tipo de visita {values}</translation>
    </message>
    <message>
        <source>sample type {values}</source>
        <translation>tipo de muestra {values}</translation>
    </message>
    <message>
        <source>aliquot {values}</source>
        <translation>alícuota {values}</translation>
    </message>
    <message>
        <source>participant {values}</source>
        <translation>participante {values}</translation>
    </message>
    <message>
        <source>every tube</source>
        <translation>todos los tubos</translation>
    </message>
    <message>
        <source>aliquot number must be a whole number, not &apos;{value}&apos;</source>
        <translation>el número de alícuota debe ser un número entero, no &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>give at least one criterion (cohort, site, visit, kind, sample type, aliquot number or participant)</source>
        <translation>indicar al menos un criterio (cohorte, centro, visita, tipo de visita, tipo de muestra, número de alícuota o participante)</translation>
    </message>
    <message>
        <source>at most {most} {criterion} at once</source>
        <translation>como máximo {most} valores de {criterion} a la vez</translation>
    </message>
    <message>
        <source>unknown cohort &apos;{cohort}&apos; (cohorts: {known})</source>
        <translation>cohorte desconocida &apos;{cohort}&apos; (cohortes: {known})</translation>
    </message>
    <message>
        <source>unknown visit kind &apos;{kind}&apos; (kinds: {known})</source>
        <translation>tipo de visita desconocido &apos;{kind}&apos; (tipos: {known})</translation>
    </message>
    <message>
        <source>&apos;{visit}&apos; is not a visit code of the protocol ({examples}; for every event visit give a kind, e.g. --kind irae)</source>
        <translation>&apos;{visit}&apos; no es un código de visita del protocolo ({examples}; para todas las visitas de un evento, indicar un tipo, p. ej., --kind irae)</translation>
    </message>
    <message>
        <source>aliquot number {number} is out of range (1-99)</source>
        <translation>el número de alícuota {number} está fuera del intervalo (1-99)</translation>
    </message>
    <message>
        <source>no participant with code {code}</source>
        <translation>no existe ningún participante con el código {code}</translation>
    </message>
    <message>
        <source>unknown sample type &apos;{name}&apos; (sample types: {known})</source>
        <translation>tipo de muestra desconocido &apos;{name}&apos; (tipos de muestra: {known})</translation>
    </message>
    <message>
        <source>more than {most} tubes match ({criteria}): narrow the criteria</source>
        <translation>más de {most} tubos coinciden ({criteria}): acotar los criterios</translation>
    </message>
    <message>
        <source>no pull list {code}</source>
        <translation>no existe la lista de recogida {code}</translation>
    </message>
    <message>
        <source>pull list {code} is {status}</source>
        <translation>la lista de recogida {code} está en estado {status}</translation>
    </message>
    <message>
        <source>unknown pull list status &apos;{status}&apos; (open, closed, cancelled)</source>
        <translation>estado de lista de recogida desconocido &apos;{status}&apos; (open, closed, cancelled)</translation>
    </message>
    <message>
        <source>no tube to pull for {criteria} ({last} last aliquot(s) and {listed} tube(s) on open lists skipped)</source>
        <translation>ningún tubo que recoger para {criteria} (se omiten {last} última(s) alícuota(s) y {listed} tubo(s) en listas abiertas)</translation>
    </message>
    <message>
        <source>no tube to pull for {criteria}</source>
        <translation>ningún tubo que recoger para {criteria}</translation>
    </message>
    <message>
        <source>{barcode} ({code} {visit}) is not on pull list {list}: put it back</source>
        <translation>{barcode} ({code} {visit}) no está en la lista de recogida {list}: devolverlo a su sitio</translation>
    </message>
    <message>
        <source>{barcode} was already picked for {list}</source>
        <translation>{barcode} ya se recogió para {list}</translation>
    </message>
    <message>
        <source>{barcode} was flagged not found on {list}</source>
        <translation>{barcode} se marcó como no encontrado en {list}</translation>
    </message>
    <message>
        <source>{barcode} is now the last {sample} tube of {code} {visit} in storage: put it back (the list does not take last aliquots)</source>
        <translation>{barcode} es ahora el último tubo de {sample} de {code} {visit} almacenado: devolverlo a su sitio (la lista no toma últimas alícuotas)</translation>
    </message>
    <message>
        <source>give --barcode or --code, not both</source>
        <translation>indicar --barcode o --code, no ambos</translation>
    </message>
    <message>
        <source>event {missing} is missing before event {id}</source>
        <translation>falta el evento {missing} antes del evento {id}</translation>
    </message>
    <message>
        <source>event {id} does not follow event {previous}</source>
        <translation>el evento {id} no sigue al evento {previous}</translation>
    </message>
    <message>
        <source>event {id} was changed after it was written</source>
        <translation>el evento {id} se modificó después de escribirse</translation>
    </message>
    <message>
        <source>the backup of {date} holds no audit events: there is nothing to compare</source>
        <translation>la copia de seguridad del {date} no contiene eventos de auditoría: no hay nada que comparar</translation>
    </message>
    <message>
        <source>the backup of {date} was taken before the restore recorded as event {restore} ({at}, by {user}): compared up to event {id}</source>
        <translation>la copia de seguridad del {date} se hizo antes de la restauración registrada como evento {restore} ({at}, por {user}): comparado hasta el evento {id}</translation>
    </message>
    <message>
        <source>event {id} of the backup of {date} is missing: the audit trail lost its last events</source>
        <translation>falta el evento {id} de la copia de seguridad del {date}: el registro de auditoría ha perdido sus últimos eventos</translation>
    </message>
    <message>
        <source>event {id} differs from the backup of {date}: the backup is of another database, or the whole audit trail was rewritten</source>
        <translation>el evento {id} difiere de la copia de seguridad del {date}: la copia es de otra base de datos, o se ha reescrito todo el registro de auditoría</translation>
    </message>
    <message>
        <source>event {id} differs from the backup of {date}: the audit trail was rewritten</source>
        <translation>el evento {id} difiere de la copia de seguridad del {date}: el registro de auditoría se ha reescrito</translation>
    </message>
    <message>
        <source>SQLite integrity: {problem}</source>
        <translation>integridad de SQLite: {problem}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent}</source>
        <translation>clave foránea: la fila {row} de {table} apunta a un registro inexistente de {parent}</translation>
    </message>
    <message>
        <source>audit chain: {problem}</source>
        <translation>cadena de auditoría: {problem}</translation>
    </message>
    <message>
        <source>trigger {name} was removed: the audit trail is no longer append-only</source>
        <translation>se eliminó el disparador {name}: el registro de auditoría ya no impide modificar ni borrar eventos</translation>
    </message>
    <message>
        <source>collection {id} has {count} of its {expected} aliquots</source>
        <translation>la extracción {id} tiene {count} de sus {expected} alícuotas</translation>
    </message>
    <message>
        <source>aliquot {barcode} belongs to no collection</source>
        <translation>la alícuota {barcode} no pertenece a ninguna extracción</translation>
    </message>
    <message>
        <source>box {box} position {position} holds {count} tubes ({barcodes})</source>
        <translation>la posición {position} de la caja {box} contiene {count} tubos ({barcodes})</translation>
    </message>
    <message>
        <source>box {box}: free-position count {counted} but {actual} positions free</source>
        <translation>caja {box}: el recuento de posiciones libres es {counted}, pero hay {actual} posiciones libres</translation>
    </message>
    <message>
        <source>aliquot {barcode} sits outside its box</source>
        <translation>la alícuota {barcode} está fuera de su caja</translation>
    </message>
    <message>
        <source>aliquot {barcode} has no audit event</source>
        <translation>la alícuota {barcode} no tiene evento de auditoría</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name</source>
        <translation>{path} ya existe: elegir otro nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {reason}</source>
        <translation>no se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the daily backup to {folder}: {reason}</source>
        <translation>no se puede guardar la copia de seguridad diaria en {folder}: {reason}</translation>
    </message>
    <message>
        <source>no backup file at {path}</source>
        <translation>no hay ningún archivo de copia de seguridad en {path}</translation>
    </message>
    <message>
        <source>{path} is not a BioTrack database</source>
        <translation>{path} no es una base de datos de BioTrack</translation>
    </message>
    <message>
        <source>{path} is damaged: {problem}</source>
        <translation>{path} está dañado: {problem}</translation>
    </message>
    <message>
        <source>restore failed ({problem}); the previous file is kept at {path}</source>
        <translation>la restauración ha fallado ({problem}); el archivo anterior se conserva en {path}</translation>
    </message>
    <message>
        <source>site {site} is not a site of protocol {protocol} (sites: {known})</source>
        <translation>{site} no es un centro del protocolo {protocol} (centros: {known})</translation>
    </message>
    <message>
        <source>choose at least one site for the study database</source>
        <translation>elegir al menos un centro para la base de datos del estudio</translation>
    </message>
    <message>
        <source>{path} is already a BioTrack database</source>
        <translation>{path} ya es una base de datos de BioTrack</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a shipment code (e.g. SHP-2026-0001)</source>
        <translation>&apos;{code}&apos; no es un código de envío (p. ej., SHP-2026-0001)</translation>
    </message>
    <message>
        <source>no shipment {code}</source>
        <translation>no existe el envío {code}</translation>
    </message>
    <message>
        <source>unknown shipment status &apos;{status}&apos; (choose {choices})</source>
        <translation>estado de envío desconocido &apos;{status}&apos; (elegir entre {choices})</translation>
    </message>
    <message>
        <source>dry ice must be a weight in kg, not {value}</source>
        <translation>el hielo seco debe ser un peso en kg, no {value}</translation>
    </message>
    <message>
        <source>dry ice must be 0 to {most} kg, not {value}</source>
        <translation>el hielo seco debe estar entre 0 y {most} kg, no {value}</translation>
    </message>
    <message>
        <source>ship date {date} is more than a year from today</source>
        <translation>la fecha de envío {date} dista más de un año de hoy</translation>
    </message>
    <message>
        <source>shipment {code} is {status}: only a draft can change</source>
        <translation>el envío {code} está en estado {status}: solo se puede modificar un borrador</translation>
    </message>
    <message>
        <source>unknown sample type &apos;{name}&apos; (known: {known})</source>
        <translation>tipo de muestra desconocido &apos;{name}&apos; (conocidos: {known})</translation>
    </message>
    <message>
        <source>give barcodes, or a participant, visit, sample type or box</source>
        <translation>indicar códigos de barras, o bien un participante, una visita, un tipo de muestra o una caja</translation>
    </message>
    <message>
        <source>at most 10,000 barcodes at once</source>
        <translation>como máximo 10.000 códigos de barras a la vez</translation>
    </message>
    <message>
        <source>{barcode} is already in shipment {code}</source>
        <translation>{barcode} ya está en el envío {code}</translation>
    </message>
    <message>
        <source>{barcode} is {status}, not in storage: only stored tubes can be shipped</source>
        <translation>{barcode} está en estado {status}, no almacenado: solo se pueden enviar tubos almacenados</translation>
    </message>
    <message>
        <source>no tube in storage matches {criteria} that is not already in this shipment</source>
        <translation>ningún tubo almacenado que no esté ya en este envío coincide con {criteria}</translation>
    </message>
    <message>
        <source>no tube in storage matches {criteria}</source>
        <translation>ningún tubo almacenado coincide con {criteria}</translation>
    </message>
    <message>
        <source>{barcode} is already in shipment {code} (and {more} more): remove it there first</source>
        <translation>{barcode} ya está en el envío {code} (y {more} más): retirarlo primero de ese envío</translation>
    </message>
    <message>
        <source>{barcode} is already in shipment {code}: remove it there first</source>
        <translation>{barcode} ya está en el envío {code}: retirarlo primero de ese envío</translation>
    </message>
    <message>
        <source>no participant {code}</source>
        <translation>no existe el participante {code}</translation>
    </message>
    <message>
        <source>participant {value}</source>
        <translation>participante {value}</translation>
    </message>
    <message>
        <source>visit {value}</source>
        <translation>visita {value}</translation>
    </message>
    <message>
        <source>sample type {value}</source>
        <translation>tipo de muestra {value}</translation>
    </message>
    <message>
        <source>box {value}</source>
        <translation>caja {value}</translation>
    </message>
    <message>
        <source>give at least one barcode to remove</source>
        <translation>indicar al menos un código de barras que retirar</translation>
    </message>
    <message>
        <source>{barcode} is not in shipment {code}</source>
        <translation>{barcode} no está en el envío {code}</translation>
    </message>
    <message>
        <source>shipment {code} holds no tubes: add some first</source>
        <translation>el envío {code} no contiene tubos: añadir alguno primero</translation>
    </message>
    <message>
        <source>{barcode} is {status}, not in storage: return it or remove it from {code}</source>
        <translation>{barcode} está en estado {status}, no almacenado: devolverlo al almacenamiento o retirarlo de {code}</translation>
    </message>
    <message>
        <source>shipment {code} is {status}: only a dispatched shipment can be received back</source>
        <translation>el envío {code} está en estado {status}: solo se puede recibir de vuelta un envío despachado</translation>
    </message>
    <message>
        <source>{barcode} of {code} is already received back</source>
        <translation>{barcode} de {code} ya se ha recibido de vuelta</translation>
    </message>
    <message>
        <source>every tube of {code} is already received back</source>
        <translation>todos los tubos de {code} ya se han recibido de vuelta</translation>
    </message>
    <message>
        <source>shipment {code} holds no tubes: nothing to list</source>
        <translation>el envío {code} no contiene tubos: no hay nada que listar</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>unknown box type &apos;{type}&apos; (use {choices})</source>
        <translation>tipo de caja desconocido &apos;{type}&apos; (usar {choices})</translation>
    </message>
    <message>
        <source>no freezer {code} (known: none)</source>
        <translation>no existe el congelador {code} (no hay ninguno registrado)</translation>
    </message>
    <message>
        <source>no freezer {code} (known: {known})</source>
        <translation>no existe el congelador {code} (registrados: {known})</translation>
    </message>
    <message>
        <source>{source} is not a BioTrack defragmentation plan</source>
        <translation>{source} no es un plan de desfragmentación de BioTrack</translation>
    </message>
    <message>
        <source>{source}: plan version {version} is not {expected}: make a new plan</source>
        <translation>{source}: la versión del plan {version} no es {expected}: crear un plan nuevo</translation>
    </message>
    <message>
        <source>{source}: malformed move {number} ({problem})</source>
        <translation>{source}: movimiento {number} mal formado ({problem})</translation>
    </message>
    <message>
        <source>{barcode} is not in the database</source>
        <translation>{barcode} no está en la base de datos</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>{barcode} moved since the plan was made (plan: {planned}; now: {now}, {status})</source>
        <translation>{barcode} se ha movido desde que se hizo el plan (plan: {planned}; ahora: {now}, {status})</translation>
    </message>
    <message>
        <source>box of {position} has moved or gone since the plan was made</source>
        <translation>la caja de {position} se ha movido o ya no existe desde que se hizo el plan</translation>
    </message>
    <message>
        <source>{position} now holds {barcode}</source>
        <translation>{position} contiene ahora {barcode}</translation>
    </message>
    <message>
        <source>the plan has no moves: nothing to apply</source>
        <translation>el plan no tiene movimientos: no hay nada que aplicar</translation>
    </message>
    <message>
        <source>the plan made at {made} is out of date: {problem} (and {more} more). Nothing was moved; make a new plan</source>
        <translation>el plan hecho el {made} está desactualizado: {problem} (y {more} más). No se ha movido nada; crear un plan nuevo</translation>
    </message>
    <message>
        <source>the plan made at {made} is out of date: {problem}. Nothing was moved; make a new plan</source>
        <translation>el plan hecho el {made} está desactualizado: {problem}. No se ha movido nada; crear un plan nuevo</translation>
    </message>
    <message>
        <source>name the freezer to evacuate</source>
        <translation>indicar el congelador que evacuar</translation>
    </message>
    <message>
        <source>unknown format &apos;{format}&apos; (use pdf or csv)</source>
        <translation>formato desconocido &apos;{format}&apos; (usar pdf o csv)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a box position (e.g. A1)</source>
        <translation>&apos;{text}&apos; no es una posición de caja (p. ej., A1)</translation>
    </message>
    <message>
        <source>position {position} is outside box {box} (A1..{last})</source>
        <translation>la posición {position} está fuera de la caja {box} (A1..{last})</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a box path (FREEZER/SHELF/RACK/BOX)</source>
        <translation>&apos;{path}&apos; no es la ruta de una caja (FREEZER/SHELF/RACK/BOX)</translation>
    </message>
    <message>
        <source>no box at {path}</source>
        <translation>no hay ninguna caja en {path}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a position path (FREEZER/SHELF/RACK/BOX/A1)</source>
        <translation>&apos;{path}&apos; no es la ruta de una posición (FREEZER/SHELF/RACK/BOX/A1)</translation>
    </message>
    <message>
        <source>freezer code &apos;{code}&apos; must be 1-16 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>el código de congelador &apos;{code}&apos; debe tener de 1 a 16 letras, cifras, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>set point {value} °C is not a freezer temperature</source>
        <translation>una temperatura de consigna de {value} °C no es una temperatura de congelador</translation>
    </message>
    <message>
        <source>give one box type (serum or buffy) per rack of a shelf</source>
        <translation>indicar un tipo de caja (serum o buffy) por cada rack de un estante</translation>
    </message>
    <message>
        <source>a freezer with code {code} already exists</source>
        <translation>ya existe un congelador con el código {code}</translation>
    </message>
    <message>
        <source>nothing is stored under &apos;{path}&apos;</source>
        <translation>no hay nada almacenado en &apos;{path}&apos;</translation>
    </message>
    <message>
        <source>{barcode} is already at {path}</source>
        <translation>{barcode} ya está en {path}</translation>
    </message>
    <message>
        <source>unknown action &apos;{action}&apos;</source>
        <translation>acción desconocida &apos;{action}&apos;</translation>
    </message>
    <message>
        <source>{barcode} is {status}, not in storage</source>
        <translation>{barcode} está en estado {status}, no almacenado</translation>
    </message>
    <message>
        <source>{barcode} is {status}, not checked out</source>
        <translation>{barcode} está en estado {status}, no fuera temporalmente</translation>
    </message>
    <message>
        <source>{barcode} is already {status}</source>
        <translation>{barcode} ya está en estado {status}</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a rack (FREEZER/SHELF/RACK) or a box slot (FREEZER/SHELF/RACK/BOX)</source>
        <translation>&apos;{target}&apos; no es un rack (FREEZER/SHELF/RACK) ni un hueco de caja (FREEZER/SHELF/RACK/BOX)</translation>
    </message>
    <message>
        <source>box code &apos;{code}&apos; must be 1-16 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>el código de caja &apos;{code}&apos; debe tener de 1 a 16 letras, cifras, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>box {box} is already in rack {rack}</source>
        <translation>la caja {box} ya está en el rack {rack}</translation>
    </message>
    <message>
        <source>rack {rack} is full: every slot holds a box with tubes</source>
        <translation>el rack {rack} está lleno: todos los huecos tienen una caja con tubos</translation>
    </message>
    <message>
        <source>box {box} is already at {rack}/{slot}</source>
        <translation>la caja {box} ya está en {rack}/{slot}</translation>
    </message>
    <message>
        <source>{rack}/{slot} holds box {box} with {count} tube(s): choose a free slot or an empty box</source>
        <translation>{rack}/{slot} contiene la caja {box} con {count} tubo(s): elegir un hueco libre o una caja vacía</translation>
    </message>
    <message>
        <source>rack {rack} is full ({count} boxes)</source>
        <translation>el rack {rack} está lleno ({count} cajas)</translation>
    </message>
    <message>
        <source>at most 10,000 scans at once</source>
        <translation>como máximo 10.000 lecturas a la vez</translation>
    </message>
    <message>
        <source>scan {number}: {problem}</source>
        <translation>lectura {number}: {problem}</translation>
    </message>
    <message>
        <source>scan {number}: position {position} was scanned twice ({first} and {second})</source>
        <translation>lectura {number}: la posición {position} se ha escaneado dos veces ({first} y {second})</translation>
    </message>
    <message>
        <source>checked out in the database: return it</source>
        <translation>fuera temporalmente según la base de datos: devuélvalo</translation>
    </message>
    <message>
        <source>unknown barcode</source>
        <translation>código de barras desconocido</translation>
    </message>
    <message>
        <source>{status} in the database</source>
        <translation>{status} según la base de datos</translation>
    </message>
    <message>
        <source>unplaced in the database</source>
        <translation>sin posición según la base de datos</translation>
    </message>
    <message>
        <source>belongs at {where}</source>
        <translation>corresponde a {where}</translation>
    </message>
    <message>
        <source>{barcode} is {status}, not shipped</source>
        <translation>{barcode} está en estado {status}, no enviado</translation>
    </message>
    <message>
        <source>no freezer with code &apos;{code}&apos;</source>
        <translation>ningún congelador tiene el código &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a temperature</source>
        <translation>&apos;{value}&apos; no es una temperatura</translation>
    </message>
    <message>
        <source>{value} °C is outside the plausible range {low}..{high} °C (a wrong unit or a sensor fault?)</source>
        <translation>{value} °C está fuera del intervalo plausible {low}..{high} °C (¿unidad errónea o fallo del sensor?)</translation>
    </message>
    <message>
        <source>{source}, line {line}: the reading time {time} UTC is in the future</source>
        <translation>{source}, línea {line}: la hora de la lectura, {time} UTC, es futura</translation>
    </message>
    <message>
        <source>the reading time {time} UTC is in the future</source>
        <translation>la hora de la lectura, {time} UTC, es futura</translation>
    </message>
    <message>
        <source>freezer {code} already has a reading at {time} UTC ({value} °C)</source>
        <translation>el congelador {code} ya tiene una lectura a las {time} UTC ({value} °C)</translation>
    </message>
    <message>
        <source>{source}, line {line}: the same instant as line {other} (a daylight-saving change?); give UTC offsets</source>
        <translation>{source}, línea {line}: el mismo instante que la línea {other} (¿un cambio de horario de verano?); indicar los desfases respecto a UTC</translation>
    </message>
    <message>
        <source>{source}, line {line}: freezer {code} already has {stored} °C at {time} UTC, the file says {value} °C; nothing was imported</source>
        <translation>{source}, línea {line}: el congelador {code} ya tiene {stored} °C a las {time} UTC y el archivo indica {value} °C; no se ha importado nada</translation>
    </message>
    <message>
        <source>{user} ({role}) may not set alarm limits (managers only)</source>
        <translation>{user} ({role}) no puede fijar los límites de alarma (solo responsables)</translation>
    </message>
    <message>
        <source>the low limit must be a temperature between {low} and {high} °C, not {value}</source>
        <translation>el límite inferior debe ser una temperatura entre {low} y {high} °C, no {value}</translation>
    </message>
    <message>
        <source>the high limit must be a temperature between {low} and {high} °C, not {value}</source>
        <translation>el límite superior debe ser una temperatura entre {low} y {high} °C, no {value}</translation>
    </message>
    <message>
        <source>the low limit ({low} °C) must be below the high limit ({high} °C)</source>
        <translation>el límite inferior ({low} °C) debe ser menor que el límite superior ({high} °C)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>finalidad</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>transportista</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>número de seguimiento</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>freezer name</source>
        <translation>nombre del congelador</translation>
    </message>
    <message>
        <source>local identifier</source>
        <translation>identificador local</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>deviation</source>
        <translation>desviación</translation>
    </message>
    <message>
        <source>deviations</source>
        <translation>desviaciones</translation>
    </message>
    <message>
        <source>drawn by</source>
        <translation>extraído por</translation>
    </message>
    <message>
        <source>processed by</source>
        <translation>procesado por</translation>
    </message>
    <message>
        <source>irAE type</source>
        <translation>tipo de irAE</translation>
    </message>
    <message>
        <source>shelves</source>
        <translation>estantes</translation>
    </message>
    <message>
        <source>racks per shelf</source>
        <translation>racks por estante</translation>
    </message>
    <message>
        <source>boxes per rack</source>
        <translation>cajas por rack</translation>
    </message>
    <message>
        <source>box rows</source>
        <translation>filas por caja</translation>
    </message>
    <message>
        <source>box columns</source>
        <translation>columnas por caja</translation>
    </message>
    <message>
        <source>number of boxes</source>
        <translation>número de cajas</translation>
    </message>
    <message>
        <source>number of positions</source>
        <translation>número de posiciones</translation>
    </message>
    <message>
        <source>the most moves</source>
        <translation>el máximo de movimientos</translation>
    </message>
    <message>
        <source>{what} is required</source>
        <translation>{what}: campo obligatorio</translation>
    </message>
    <message>
        <source>{what} is too long ({length} characters, at most {most})</source>
        <translation>{what}: demasiado largo ({length} caracteres, máximo {most})</translation>
    </message>
    <message>
        <source>{what} contains control characters</source>
        <translation>{what}: contiene caracteres de control</translation>
    </message>
    <message>
        <source>{what} must be between {least} and {most}, not {value}</source>
        <translation>{what}: debe estar entre {least} y {most}, no {value}</translation>
    </message>
    <message>
        <source>{source}: too large for a logger file ({size} bytes)</source>
        <translation>{source}: demasiado grande para un archivo de registrador ({size} bytes)</translation>
    </message>
    <message>
        <source>{source}, line {line}: temperatures are in Fahrenheit; export the logger file in °C</source>
        <translation>{source}, línea {line}: las temperaturas están en Fahrenheit; exportar el archivo del registrador en °C</translation>
    </message>
    <message>
        <source>{source}: no header naming a time and a temperature column in the first {count} lines (e.g. &apos;timestamp,celsius&apos;; see the accepted layouts in the README)</source>
        <translation>{source}: ninguna cabecera nombra una columna de hora y otra de temperatura en las primeras {count} líneas (p. ej., &apos;timestamp,celsius&apos;; consultar los formatos admitidos en el README)</translation>
    </message>
    <message>
        <source>{source}, line {line}: expected a time and a temperature</source>
        <translation>{source}, línea {line}: se esperaba una hora y una temperatura</translation>
    </message>
    <message>
        <source>{source}, line {line}: &apos;{text}&apos; is not a date and time (use ISO 8601, e.g. 2026-11-03T08:00)</source>
        <translation>{source}, línea {line}: &apos;{text}&apos; no es una fecha y hora (usar ISO 8601, p. ej., 2026-11-03T08:00)</translation>
    </message>
    <message>
        <source>{source}, line {line}: &apos;{text}&apos; is not a temperature in °C</source>
        <translation>{source}, línea {line}: &apos;{text}&apos; no es una temperatura en °C</translation>
    </message>
    <message>
        <source>{source}, line {line}: {celsius} °C is outside the plausible range {low}..{high} °C</source>
        <translation>{source}, línea {line}: {celsius} °C está fuera del intervalo plausible {low}..{high} °C</translation>
    </message>
    <message>
        <source>{source}, line {line}: {time} appears twice (also line {other})</source>
        <translation>{source}, línea {line}: {time} aparece dos veces (también en la línea {other})</translation>
    </message>
    <message>
        <source>{source}: no readings below the header</source>
        <translation>{source}: no hay lecturas debajo de la cabecera</translation>
    </message>
    <message>
        <source>Choose the file for the new database.</source>
        <translation>Elegir el archivo de la nueva base de datos.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>no se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>fallecido</translation>
    </message>
    <message>
        <source>lost to follow up</source>
        <translation>perdido en el seguimiento</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>extraída</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>in storage</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>fuera temporalmente</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>consumido</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>desechado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>expedido</translation>
    </message>
    <message>
        <source>received back</source>
        <translation>recibido de vuelta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>{minutes} min from draw to centrifugation (limit {limit})</source>
        <translation>{minutes} min de la extracción a la centrifugación (límite {limit})</translation>
    </message>
    <message>
        <source>{minutes} min from draw to freezing (limit {limit})</source>
        <translation>{minutes} min de la extracción a la congelación (límite {limit})</translation>
    </message>
    <message>
        <source>pull needs one of: preview, create, pick, not-found, show, close, cancel, list (see `biotrack pull --help`)</source>
        <translation>pull necesita uno de: preview, create, pick, not-found, show, close, cancel, list (ver `biotrack pull --help`)</translation>
    </message>
</context>
<context>
    <name>MissedVisitDialog</name>
    <message>
        <source>Mark visit missed</source>
        <translation>Marcar visita como no realizada</translation>
    </message>
    <message>
        <source>Record that a visit of &lt;b&gt;{code}&lt;/b&gt; will not be drawn. The next visit is then counted from its target date.</source>
        <translation>Registrar que una visita de &lt;b&gt;{code}&lt;/b&gt; no se va a extraer. La siguiente visita se cuenta entonces desde su fecha objetivo.</translation>
    </message>
    <message>
        <source>{visit} (target {date})</source>
        <translation>{visit} (fecha objetivo {date})</translation>
    </message>
    <message>
        <source>Required, e.g. patient did not attend</source>
        <translation>Obligatorio; p. ej., el paciente no acudió</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Mark missed</source>
        <translation>Marcar como no realizada</translation>
    </message>
    <message>
        <source>Visit not marked missed</source>
        <translation>La visita no se ha marcado como no realizada</translation>
    </message>
</context>
<context>
    <name>MoveBoxDialog</name>
    <message>
        <source>Move box {path}</source>
        <translation>Mover caja {path}</translation>
    </message>
    <message>
        <source>Box &lt;b&gt;{path}&lt;/b&gt; ({occupied} tubes) goes to another rack with all its tubes. Give a rack (the box keeps its slot name when it is free there) or a slot such as F1/S2/R3/B2; a slot holding an empty box swaps with it.</source>
        <translation>La caja &lt;b&gt;{path}&lt;/b&gt; ({occupied} tubo(s)) pasa a otro rack con todos sus tubos. Indique un rack (la caja conserva el nombre de su hueco si allí está libre) o un hueco como F1/S2/R3/B2; si en ese hueco hay una caja vacía, se intercambian.</translation>
    </message>
    <message>
        <source>optional, e.g. freezer defrost</source>
        <translation>opcional; p. ej., descongelación del congelador</translation>
    </message>
    <message>
        <source>&amp;To rack or slot:</source>
        <translation>&amp;Al rack o hueco:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
</context>
<context>
    <name>MoveModel</name>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>Tipo de muestra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
</context>
<context>
    <name>MoveTubeDialog</name>
    <message>
        <source>Move tube {barcode}</source>
        <translation>Mover tubo {barcode}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{barcode}&lt;/b&gt; is at {current}.</source>
        <translation>&lt;b&gt;{barcode}&lt;/b&gt; está en {current}.</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>ninguna posición</translation>
    </message>
    <message>
        <source>e.g. F1/S1/R1/B2/C4</source>
        <translation>p. ej., F1/S1/R1/B2/C4</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;New position:</source>
        <translation>&amp;Nueva posición:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
</context>
<context>
    <name>MovementModel</name>
    <message>
        <source>placed</source>
        <translation>colocación</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>traslado</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>salida temporal</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devolución</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>consumo</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>envío</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descarte</translation>
    </message>
    <message>
        <source>marked missing</source>
        <translation>declarado no localizado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>NewStudyWizard</name>
    <message>
        <source>Create a new study database</source>
        <translation>Crear una base de datos de estudio nueva</translation>
    </message>
    <message>
        <source>The database was not created</source>
        <translation>No se ha creado la base de datos</translation>
    </message>
</context>
<context>
    <name>ParticipantDetailView</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inclusión</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Sex / born</source>
        <translation>Sexo / nacimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>Primera dosis</translation>
    </message>
    <message>
        <source>Local identifier</source>
        <translation>Identificador local</translation>
    </message>
    <message>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>other / not stated</source>
        <translation>otro / no consta</translation>
    </message>
    <message>
        <source>Choose a participant in the list to see their schedule, collections and irAEs.</source>
        <translation>Elija un participante de la lista para ver su calendario, sus extracciones y sus irAE.</translation>
    </message>
    <message>
        <source>Add &amp;irAE…</source>
        <translation>Añadir i&amp;rAE…</translation>
    </message>
    <message>
        <source>Record an immune-related adverse event; it opens an irAE collection visit</source>
        <translation>Registra un acontecimiento adverso inmunorrelacionado (irAE); abre una visita de extracción por irAE</translation>
    </message>
    <message>
        <source>Re&amp;mission…</source>
        <translation>Re&amp;misión…</translation>
    </message>
    <message>
        <source>&amp;Flare…</source>
        <translation>Br&amp;ote…</translation>
    </message>
    <message>
        <source>Mark visit mi&amp;ssed…</source>
        <translation>Visita &amp;no realizada…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Collections and aliquots</source>
        <translation>Extracciones y alícuotas</translation>
    </message>
    <message>
        <source>irAEs</source>
        <translation>irAE</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} el {date}</translation>
    </message>
    <message>
        <source>Shown on screen only to nurses and managers; never printed or exported.</source>
        <translation>Solo se muestra en pantalla a enfermería y responsables; nunca se imprime ni se exporta.</translation>
    </message>
    <message>
        <source>{collected} collected · {planned} planned · {missed} missed</source>
        <translation>extraídas: {collected} · previstas: {planned} · no realizadas: {missed}</translation>
    </message>
    <message>
        <source>{collections} collection(s), {tubes} tube(s), {kept} still kept</source>
        <translation>{collections} extracción(es), {tubes} tubo(s), {kept} aún conservado(s)</translation>
    </message>
    <message>
        <source>irAEs ({count})</source>
        <translation>irAE ({count})</translation>
    </message>
    <message>
        <source>Withdraw the participant: follow-up ends, later visits become not applicable</source>
        <translation>Retirar al participante: termina el seguimiento y las visitas posteriores pasan a no aplicables</translation>
    </message>
    <message>
        <source>Only nurses and managers may withdraw a participant</source>
        <translation>Solo enfermería y los responsables pueden retirar a un participante</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>fallecido</translation>
    </message>
    <message>
        <source>lost to follow-up</source>
        <translation>perdido en el seguimiento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>No visit planned</source>
        <translation>Ninguna visita prevista</translation>
    </message>
    <message>
        <source>Enrolled on {date}</source>
        <translation>Incluido el {date}</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>&lt;h2&gt;Participants&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Participantes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Incluir…</translation>
    </message>
    <message>
        <source>Enrol a new participant, with the eligibility checklist of the protocol</source>
        <translation>Incluye un nuevo participante, con la lista de comprobación de elegibilidad del protocolo</translation>
    </message>
    <message>
        <source>Search code, cohort, site, regimen, status…</source>
        <translation>Buscar por código, cohorte, centro, pauta, estado…</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message>
        <source>{total} participants</source>
        <translation>{total} participantes</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>Participant enrolled</source>
        <translation>Participante incluido</translation>
    </message>
    <message>
        <source>Enrolled as {code} ({cohort}, site {site}).

Write this study code on the consent file; the schedule is on the participant&apos;s page.</source>
        <translation>Incluido como {code} ({cohort}, centro {site}).

Anote este código de estudio en el consentimiento informado; el calendario está en la página del participante.</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Placeholder: this workspace is not built yet.</source>
        <translation>Provisional: este espacio de trabajo aún no está hecho.</translation>
    </message>
</context>
<context>
    <name>PreferencesPanel</name>
    <message>
        <source>Folder for the automatic daily backup (empty: &apos;backups&apos; in BioTrack&apos;s data folder)</source>
        <translation>Carpeta de la copia de seguridad diaria automática (vacía: «backups» en la carpeta de datos de BioTrack)</translation>
    </message>
    <message>
        <source>How many days of daily backups to keep</source>
        <translation>Cuántos días se conservan las copias diarias</translation>
    </message>
    <message>
        <source>Default label template</source>
        <translation>Plantilla de etiqueta por defecto</translation>
    </message>
    <message>
        <source>Where labels go: &apos;pdf&apos;, a print queue, or &apos;zebra:HOST:PORT&apos;</source>
        <translation>Adónde van las etiquetas: &apos;pdf&apos;, una cola de impresión o &apos;zebra:HOST:PORT&apos;</translation>
    </message>
    <message>
        <source>Site code of this PC (filters the due list by default)</source>
        <translation>Código del centro de este PC (filtra por defecto la lista de visitas pendientes)</translation>
    </message>
    <message>
        <source>Language of the interface (empty: the system&apos;s)</source>
        <translation>Idioma de la interfaz (vacío: el del sistema)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Impresora del sistema</translation>
    </message>
    <message>
        <source>Zebra printer on the network</source>
        <translation>Impresora Zebra en red</translation>
    </message>
    <message>
        <source>(no site: show all)</source>
        <translation>(ningún centro: mostrar todos)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Carpe&amp;ta de copias:</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups:</source>
        <translation>Conser&amp;var copias diarias:</translation>
    </message>
    <message>
        <source>Default label &amp;template:</source>
        <translation>Planti&amp;lla de etiqueta por defecto:</translation>
    </message>
    <message>
        <source>Label &amp;printer:</source>
        <translation>&amp;Impresora de etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Site of this PC:</source>
        <translation>Ce&amp;ntro de este PC:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>These preferences belong to this PC and this account, not to the database. A new language applies from the next start.</source>
        <translation>Estas preferencias son de este PC y de esta cuenta, no de la base de datos. Un idioma nuevo se aplica a partir del siguiente inicio.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Vuelve a mostrar los valores guardados</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Valores por de&amp;fecto</translation>
    </message>
    <message>
        <source>Fill in the default values (Save stores them)</source>
        <translation>Rellena los valores por defecto (Guardar los almacena)</translation>
    </message>
    <message>
        <source>Defaults filled in: Save to keep them.</source>
        <translation>Valores por defecto rellenados: pulse Guardar para conservarlos.</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Preferencias no guardadas</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>labels are saved as PDF files</source>
        <translation>las etiquetas se guardan como archivos PDF</translation>
    </message>
    <message>
        <source>name of the print queue</source>
        <translation>nombre de la cola de impresión</translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 192.168.1.50:9100</source>
        <translation>HOST:PUERTO, p. ej., 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
</context>
<context>
    <name>ProposedAliquotModel</name>
    <message>
        <source>unplaced</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Aliquot</source>
        <translation>Alícuota</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>No free position in a box of the right type: the tube will wait as unplaced until a box is added.</source>
        <translation>No hay ninguna posición libre en una caja del tipo adecuado: el tubo quedará sin posición hasta que se añada una caja.</translation>
    </message>
    <message>
        <source>{path} (chosen by hand)</source>
        <translation>{path} (elegida a mano)</translation>
    </message>
</context>
<context>
    <name>PullItemModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PullList</name>
    <message>
        <source>to pull</source>
        <translation>por recoger</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>recogido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>not pulled</source>
        <translation>sin recoger</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Treatment cycle (V1…)</source>
        <translation>Ciclo de tratamiento (V1…)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>irAE</source>
        <translation>irAE</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Brote</translation>
    </message>
</context>
<context>
    <name>PullListModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Recogidos</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrados</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>PullListPage</name>
    <message>
        <source>&lt;h2&gt;Pull lists&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Listas de recogida&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New pull list</source>
        <translation>Nueva lista de recogida</translation>
    </message>
    <message>
        <source>e.g. Interferon panel, batch 3</source>
        <translation>p. ej., Panel de interferón, lote 3</translation>
    </message>
    <message>
        <source>Any cohort</source>
        <translation>Cualquier cohorte</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Cualquier centro</translation>
    </message>
    <message>
        <source>e.g. V1, V5</source>
        <translation>p. ej., V1, V5</translation>
    </message>
    <message>
        <source>Any sample type</source>
        <translation>Cualquier tipo de muestra</translation>
    </message>
    <message>
        <source>e.g. 1 (all if empty)</source>
        <translation>p. ej., 1 (todas si está vacío)</translation>
    </message>
    <message>
        <source>study codes, comma separated</source>
        <translation>códigos de estudio, separados por comas</translation>
    </message>
    <message>
        <source>Also take the &amp;last aliquot of a visit</source>
        <translation>Incluir también la ú&amp;ltima alícuota de una visita</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Visitas:</translation>
    </message>
    <message>
        <source>or visit kinds:</source>
        <translation>o tipos de visita:</translation>
    </message>
    <message>
        <source>Sample type:</source>
        <translation>Tipo de muestra:</translation>
    </message>
    <message>
        <source>Aliquot numbers:</source>
        <translation>Números de alícuota:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>&amp;Crear lista</translation>
    </message>
    <message>
        <source>Choose criteria, then Preview.</source>
        <translation>Elija los criterios y pulse Vista previa.</translation>
    </message>
    <message>
        <source>Pull lists</source>
        <translation>Listas de recogida</translation>
    </message>
    <message>
        <source>Pull list</source>
        <translation>Lista de recogida</translation>
    </message>
    <message>
        <source>Scan each tube as you take it (or type its barcode and press Enter)</source>
        <translation>Escanee cada tubo al sacarlo (o escriba su código de barras y pulse Intro)</translation>
    </message>
    <message>
        <source>Choose a tube to see its box.</source>
        <translation>Elija un tubo para ver su caja.</translation>
    </message>
    <message>
        <source>Flag &amp;not found…</source>
        <translation>Marcar &amp;no encontrados…</translation>
    </message>
    <message>
        <source>C&amp;lose list…</source>
        <translation>Ce&amp;rrar lista…</translation>
    </message>
    <message>
        <source>Cancel l&amp;ist…</source>
        <translation>Cancelar l&amp;ista…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scan:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Escaneo:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counting the tubes…</source>
        <translation>Contando los tubos…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} tube(s) to pull&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count} tubo(s) por recoger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{count} left: last aliquot of their visit</source>
        <translation>{count} excluido(s): última alícuota de su visita</translation>
    </message>
    <message>
        <source>{count} left: already on an open list</source>
        <translation>{count} excluido(s): ya están en una lista abierta</translation>
    </message>
    <message>
        <source>{racks} rack(s) to open</source>
        <translation>{racks} rack(s) que abrir</translation>
    </message>
    <message>
        <source>Give the purpose of the list first.</source>
        <translation>Indique primero la finalidad de la lista.</translation>
    </message>
    <message>
        <source>Creating the list…</source>
        <translation>Creando la lista…</translation>
    </message>
    <message>
        <source>Created {code} with {count} tube(s).</source>
        <translation>Lista {code} creada con {count} tubo(s).</translation>
    </message>
    <message>
        <source>Scan the tubes of {code} as you take them.</source>
        <translation>Escanee los tubos de {code} a medida que los saque.</translation>
    </message>
    <message>
        <source>{code} is cancelled.</source>
        <translation>{code} está cancelada.</translation>
    </message>
    <message>
        <source>{code} is closed.</source>
        <translation>{code} está cerrada.</translation>
    </message>
    <message>
        <source>Create a list or choose one on the left.</source>
        <translation>Cree una lista o elija una a la izquierda.</translation>
    </message>
    <message>
        <source>Pull list {code}</source>
        <translation>Lista de recogida {code}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{purpose}&lt;/b&gt; — {criteria}&lt;br&gt;{picked} of {total} picked · {not_found} not found · {pending} not pulled · {status}</source>
        <translation>&lt;b&gt;{purpose}&lt;/b&gt; — {criteria}&lt;br&gt;recogidos: {picked} de {total} · no encontrados: {not_found} · sin recoger: {pending} · {status}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{purpose}&lt;/b&gt; — {criteria}&lt;br&gt;{picked} of {total} picked · {not_found} not found · {pending} to pull · {status}</source>
        <translation>&lt;b&gt;{purpose}&lt;/b&gt; — {criteria}&lt;br&gt;recogidos: {picked} de {total} · no encontrados: {not_found} · por recoger: {pending} · {status}</translation>
    </message>
    <message>
        <source>{text} scanned again within a second: ignored.</source>
        <translation>{text} escaneado de nuevo en menos de un segundo: se ignora.</translation>
    </message>
    <message>
        <source>Open a pull list first.</source>
        <translation>Abra primero una lista de recogida.</translation>
    </message>
    <message>
        <source>{barcode} picked ({code} {visit}, {position}): checked out. {left} to pull.</source>
        <translation>{barcode} recogido ({code} {visit}, {position}): fuera temporalmente. Por recoger: {left}.</translation>
    </message>
    <message>
        <source>Choose the tubes still to pull that are not in their place.</source>
        <translation>Elija los tubos aún por recoger que no están en su sitio.</translation>
    </message>
    <message>
        <source>Flag not found</source>
        <translation>Marcar como no encontrados</translation>
    </message>
    <message>
        <source>Flag {count} tube(s) as not found: {barcodes}?</source>
        <translation>¿Marcar {count} tubo(s) como no encontrado(s): {barcodes}?</translation>
    </message>
    <message>
        <source>{count} tube(s) flagged not found.</source>
        <translation>{count} tubo(s) marcado(s) como no encontrado(s).</translation>
    </message>
    <message>
        <source>Close {code}? {picked} of {total} tube(s) were picked.</source>
        <translation>¿Cerrar {code}? Se han recogido {picked} de {total} tubo(s).</translation>
    </message>
    <message>
        <source>The {count} tube(s) still to pull will be flagged as not found.</source>
        <translation>Los {count} tubo(s) aún por recoger se marcarán como no encontrados.</translation>
    </message>
    <message>
        <source>Close pull list</source>
        <translation>Cerrar lista de recogida</translation>
    </message>
    <message>
        <source>Close list</source>
        <translation>Cerrar lista</translation>
    </message>
    <message>
        <source>{code} closed: {count} tube(s) flagged not found.</source>
        <translation>{code} cerrada: {count} tubo(s) marcado(s) como no encontrado(s).</translation>
    </message>
    <message>
        <source>Cancel pull list</source>
        <translation>Cancelar lista de recogida</translation>
    </message>
    <message>
        <source>Cancel pull list {code}? Tubes already picked stay checked out: return them at the scan station.</source>
        <translation>¿Cancelar la lista de recogida {code}? Los tubos ya recogidos siguen fuera temporalmente: devuélvalos en el puesto de escaneo.</translation>
    </message>
    <message>
        <source>Cancel list</source>
        <translation>Cancelar lista</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>No cancelada</translation>
    </message>
    <message>
        <source>{code} cancelled: {count} picked tube(s) stay checked out, return them at the scan station.</source>
        <translation>{code} cancelada: {count} tubo(s) recogido(s) siguen fuera temporalmente; devuélvalos en el puesto de escaneo.</translation>
    </message>
    <message>
        <source>{code} cancelled.</source>
        <translation>{code} cancelada.</translation>
    </message>
    <message>
        <source>Save the pull list</source>
        <translation>Guardar la lista de recogida</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se ha guardado {path}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation>No se pudo escribir el archivo: {error}</translation>
    </message>
</context>
<context>
    <name>ReadingModel</name>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>logger</source>
        <translation>registrador</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Hora de lectura</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation>Excursión</translation>
    </message>
    <message>
        <source>outside limits</source>
        <translation>fuera de límites</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Outside the alarm limits</source>
        <translation>Fuera de los límites de alarma</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (kept in the audit trail)</source>
        <translation>Motivo (se guarda en el registro de auditoría)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>site {site}</source>
        <translation>centro {site}</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todos los centros</translation>
    </message>
    <message>
        <source>cohort {cohort}</source>
        <translation>cohorte {cohort}</translation>
    </message>
    <message>
        <source>all cohorts</source>
        <translation>todas las cohortes</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>{study} - Collection completeness and deviations, as of {date}</source>
        <translation>{study} - Completitud de extracciones y desviaciones, a {date}</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Overdue (nothing recorded)</source>
        <translation>Vencidas (sin registro)</translation>
    </message>
    <message>
        <source>Collections with deviations</source>
        <translation>Extracciones con desviaciones</translation>
    </message>
    <message>
        <source>Collection completeness and protocol deviations</source>
        <translation>Completitud de extracciones y desviaciones de protocolo</translation>
    </message>
    <message>
        <source>{study}  -  as of {date}  -  {scope}</source>
        <translation>{study}  -  a {date}  -  {scope}</translation>
    </message>
    <message>
        <source>Due visits are those collected, missed, or whose window has passed (overdue); visits with an open window are not counted yet. Expected aliquots follow the protocol&apos;s samples for the visit. Limits: {centrifugation} min from draw to centrifugation, {freezing} min from draw to freezing.</source>
        <translation>Las visitas debidas son las extraídas, las perdidas y aquellas cuya ventana ya ha pasado (vencidas); las visitas con la ventana abierta aún no se cuentan. Las alícuotas esperadas siguen las muestras del protocolo para la visita. Límites: {centrifugation} min de la extracción a la centrifugación, {freezing} min de la extracción a la congelación.</translation>
    </message>
    <message>
        <source>Participants with due visits</source>
        <translation>Participantes con visitas debidas</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>Visitas debidas</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Extraídas</translation>
    </message>
    <message>
        <source>Drawn out of window</source>
        <translation>Extraídas fuera de ventana</translation>
    </message>
    <message>
        <source>Aliquots expected / made</source>
        <translation>Alícuotas esperadas / hechas</translation>
    </message>
    <message>
        <source>Aliquot completeness</source>
        <translation>Completitud de alícuotas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation>Fuera de ventana</translation>
    </message>
    <message>
        <source>Aliquots exp.</source>
        <translation>Alícuotas esp.</translation>
    </message>
    <message>
        <source>Aliquots made</source>
        <translation>Alícuotas hechas</translation>
    </message>
    <message>
        <source>Complete %</source>
        <translation>% completo</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Desviaciones</translation>
    </message>
    <message>
        <source>Per site and cohort</source>
        <translation>Por centro y cohorte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Missed, overdue and out-of-window visits</source>
        <translation>Visitas perdidas, vencidas y fuera de ventana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Extraída el</translation>
    </message>
    <message>
        <source>In window</source>
        <translation>En ventana</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>centrifugation late</source>
        <translation>centrifugación tardía</translation>
    </message>
    <message>
        <source>freezing late</source>
        <translation>congelación tardía</translation>
    </message>
    <message>
        <source>short draw</source>
        <translation>extracción incompleta</translation>
    </message>
    <message>
        <source>out of window</source>
        <translation>fuera de ventana</translation>
    </message>
    <message>
        <source>Pre-analytical and protocol deviations</source>
        <translation>Desviaciones preanalíticas y de protocolo</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>Hora de extracción</translation>
    </message>
    <message>
        <source>Min. to centrif.</source>
        <translation>Min. a centrif.</translation>
    </message>
    <message>
        <source>Min. to freezing</source>
        <translation>Min. a congel.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Recorded with the draw</source>
        <translation>Registradas con la extracción</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>Por participante</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Debidas</translation>
    </message>
    <message>
        <source>Collection completeness and deviations</source>
        <translation>Completitud de extracciones y desviaciones</translation>
    </message>
    <message>
        <source>{study} - Draw list {start} to {end}, {where}</source>
        <translation>{study} - Lista de extracciones del {start} al {end}, {where}</translation>
    </message>
    <message>
        <source>{visits} visit(s) to draw, of which {overdue} overdue (window already passed: draw or record why not).</source>
        <translation>{visits} visita(s) por extraer, de ellas {overdue} vencida(s) (la ventana ya ha pasado: extraer o registrar por qué no).</translation>
    </message>
    <message>
        <source>{visits} visit(s) to draw.</source>
        <translation>{visits} visita(s) por extraer.</translation>
    </message>
    <message>
        <source>Draw list</source>
        <translation>Lista de extracciones</translation>
    </message>
    <message>
        <source>{study}  -  {start} to {end}  -  {where}</source>
        <translation>{study}  -  del {start} al {end}  -  {where}</translation>
    </message>
    <message>
        <source>Tick each line when the tubes are drawn and write the draw time; register the collection in BioTrack the same day.</source>
        <translation>Marque cada línea al extraer los tubos y anote la hora de extracción; registre la extracción en BioTrack el mismo día.</translation>
    </message>
    <message>
        <source>Tubes to draw</source>
        <translation>Tubos a extraer</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <source>Nothing is due from {start} to {end} ({where}).</source>
        <translation>No hay nada pendiente del {start} al {end} ({where}).</translation>
    </message>
    <message>
        <source>Draw list {start} to {end}</source>
        <translation>Lista de extracciones del {start} al {end}</translation>
    </message>
    <message>
        <source>Box-audit findings are listed in their own table.</source>
        <translation>Los hallazgos de las auditorías de cajas se listan en su propia tabla.</translation>
    </message>
    <message>
        <source>Box-audit findings are the differences found by the box audits saved during the month, each with its resolution as it stood at the end of the month (open: not resolved by then).</source>
        <translation>Los hallazgos de auditoría de cajas son las diferencias encontradas por las auditorías de cajas guardadas durante el mes, cada una con su resolución tal como estaba al final del mes (abierta: sin resolver entonces).</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>colocados</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movidos</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>retirados</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devueltos</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>consumidos</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>desechados</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>extraviados</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>checked out overdue</source>
        <translation>retirado demasiado tiempo</translation>
    </message>
    <message>
        <source>marked missing</source>
        <translation>marcado extraviado</translation>
    </message>
    <message>
        <source>Box-audit findings</source>
        <translation>Hallazgos de auditorías de cajas</translation>
    </message>
    <message>
        <source>No box audit with differences was saved this month.</source>
        <translation>Este mes no se guardó ninguna auditoría de cajas con diferencias.</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Fecha auditoría</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Movements from {start} to {end} UTC. Stock as at {as_of} UTC</source>
        <translation>Movimientos del {start} al {end} UTC. Existencias a {as_of} UTC</translation>
    </message>
    <message>
        <source> (end of the month).</source>
        <translation> (final del mes).</translation>
    </message>
    <message>
        <source> - the month has not ended yet: figures will still change.</source>
        <translation> - el mes aún no ha terminado: las cifras todavía cambiarán.</translation>
    </message>
    <message>
        <source>{study} - Monthly freezer inventory {month}</source>
        <translation>{study} - Inventario mensual de congeladores {month}</translation>
    </message>
    <message>
        <source>Monthly freezer inventory</source>
        <translation>Inventario mensual de congeladores</translation>
    </message>
    <message>
        <source>Unplaced (no position)</source>
        <translation>Sin posición</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Aliquots in storage</source>
        <translation>Alícuotas almacenadas</translation>
    </message>
    <message>
        <source>Checked out (slot reserved)</source>
        <translation>Retiradas (posición reservada)</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Occupied positions</source>
        <translation>Posiciones ocupadas</translation>
    </message>
    <message>
        <source>Free positions</source>
        <translation>Posiciones libres</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Movements in the month</source>
        <translation>Movimientos del mes</translation>
    </message>
    <message>
        <source>Movements in the month, per action</source>
        <translation>Movimientos del mes, por acción</translation>
    </message>
    <message>
        <source>Stock at the end of the month</source>
        <translation>Existencias al final del mes</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Congelador</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>Tipo de muestra</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>Almacenadas</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Retiradas</translation>
    </message>
    <message>
        <source>Freezer {freezer}: {used} of {capacity} positions occupied ({percent} %), per rack</source>
        <translation>Congelador {freezer}: {used} de {capacity} posiciones ocupadas ({percent} %), por rack</translation>
    </message>
    <message>
        <source>Freezer {freezer}: {used} of {capacity} positions occupied ({percent} %), per shelf</source>
        <translation>Congelador {freezer}: {used} de {capacity} posiciones ocupadas ({percent} %), por estante</translation>
    </message>
    <message>
        <source>Occupancy per freezer</source>
        <translation>Ocupación por congelador</translation>
    </message>
    <message>
        <source>No freezers.</source>
        <translation>No hay congeladores.</translation>
    </message>
    <message>
        <source>{boxes} empty box(es) with {positions} positions are not listed; the XLSX lists every box.</source>
        <translation>{boxes} caja(s) vacía(s) con {positions} posiciones no se listan; el XLSX lista todas las cajas.</translation>
    </message>
    <message>
        <source>Every box holds tubes.</source>
        <translation>Todas las cajas contienen tubos.</translation>
    </message>
    <message>
        <source>Boxes in use</source>
        <translation>Cajas en uso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupadas</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>% ocupación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Code / visit</source>
        <translation>Código / visita</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Tubes checked out for more than {days} days at the end of the month are listed.</source>
        <translation>Se listan los tubos retirados durante más de {days} días al final del mes.</translation>
    </message>
    <message>
        <source>Monthly freezer inventory {month}</source>
        <translation>Inventario mensual de congeladores {month}</translation>
    </message>
    <message>
        <source>Shipment manifest</source>
        <translation>Manifiesto de envío</translation>
    </message>
    <message>
        <source>{study} - Shipment manifest {code}</source>
        <translation>{study} - Manifiesto de envío {code}</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>Tubos</translation>
    </message>
    <message>
        <source>{code}  -  to {destination}</source>
        <translation>{code}  -  a {destination}</translation>
    </message>
    <message>
        <source>Packed in triple packaging as packing instruction P650 requires.</source>
        <translation>Embalado en triple envase según la instrucción de embalaje P650.</translation>
    </message>
    <message>
        <source>Tubes per sample type</source>
        <translation>Tubos por tipo de muestra</translation>
    </message>
    <message>
        <source>Total volume (µL)</source>
        <translation>Volumen total (µL)</translation>
    </message>
    <message>
        <source>Volume µL</source>
        <translation>Volumen µL</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Packed by (name, signature, date): ______________________________    Received by: ______________________________</source>
        <translation>Embalado por (nombre, firma, fecha): ______________________________    Recibido por: ______________________________</translation>
    </message>
    <message>
        <source>Shipment manifest {code}</source>
        <translation>Manifiesto de envío {code}</translation>
    </message>
    <message>
        <source>en</source>
        <translation>es</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Generated {stamp} by BioTrack {version} - coded data only, no personal data</source>
        <translation>Generado el {stamp} por BioTrack {version} - solo datos codificados, ningún dato personal</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>The first {limit} of {total} lines are shown; the CSV lists them all.</source>
        <translation>Se muestran las primeras {limit} de {total} líneas; el CSV las lista todas.</translation>
    </message>
    <message>
        <source>The first {limit} of {total} lines are shown; the XLSX report lists them all.</source>
        <translation>Se muestran las primeras {limit} de {total} líneas; el informe XLSX las lista todas.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>recogido</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>NO ENCONTRADO</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pull list {code}</source>
        <translation>Lista de recogida {code}</translation>
    </message>
    <message>
        <source>{study} - Pull list {code}</source>
        <translation>{study} - Lista de recogida {code}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Last aliquots</source>
        <translation>Últimas alícuotas</translation>
    </message>
    <message>
        <source>may be taken</source>
        <translation>pueden retirarse</translation>
    </message>
    <message>
        <source>kept (never taken)</source>
        <translation>se conservan (nunca se retiran)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} por {user}</translation>
    </message>
    <message>
        <source>Tubes to pull</source>
        <translation>Tubos a retirar</translation>
    </message>
    <message>
        <source>Freezers / racks to open</source>
        <translation>Congeladores / racks a abrir</translation>
    </message>
    <message>
        <source>Take the tubes rack by rack in the order listed; tick each one as it is taken, and scan it in BioTrack (Scan workspace, Pull lists) to check it out. A tube that is not in its position: leave its box empty and flag it as not found.</source>
        <translation>Retire los tubos rack a rack en el orden de la lista; marque cada uno al sacarlo y escanéelo en BioTrack (espacio Escaneo, pestaña Listas de recogida) para registrar su salida. Si un tubo no está en su posición, deje su casilla en blanco y márquelo como no encontrado.</translation>
    </message>
    <message>
        <source>This list holds no tube.</source>
        <translation>Esta lista no contiene ningún tubo.</translation>
    </message>
    <message>
        <source>Freezer {freezer}</source>
        <translation>Congelador {freezer}</translation>
    </message>
    <message>
        <source>Freezer {freezer} - shelf {shelf} - rack {rack}: {tubes} tube(s)</source>
        <translation>Congelador {freezer} - estante {shelf} - rack {rack}: {tubes} tubo(s)</translation>
    </message>
    <message>
        <source>freezer</source>
        <translation>congelador</translation>
    </message>
    <message>
        <source>shelf</source>
        <translation>estante</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>Freezer utilisation</source>
        <translation>Ocupación de congeladores</translation>
    </message>
    <message>
        <source>{study} - Freezer utilisation</source>
        <translation>{study} - Ocupación de congeladores</translation>
    </message>
    <message>
        <source>Occupied positions include the reserved positions of checked-out tubes. Empty boxes are boxes with no tube at all.</source>
        <translation>Las posiciones ocupadas incluyen las reservadas de los tubos retirados. Las cajas vacías son las que no tienen ningún tubo.</translation>
    </message>
    <message>
        <source>Box type</source>
        <translation>Tipo de caja</translation>
    </message>
    <message>
        <source>Per freezer</source>
        <translation>Por congelador</translation>
    </message>
    <message>
        <source>Empty boxes</source>
        <translation>Cajas vacías</translation>
    </message>
    <message>
        <source>Occupied positions per rack (%)</source>
        <translation>Posiciones ocupadas por rack (%)</translation>
    </message>
    <message>
        <source>Per freezer, shelf and rack</source>
        <translation>Por congelador, estante y rack</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacías</translation>
    </message>
    <message>
        <source>freezer {freezer}</source>
        <translation>congelador {freezer}</translation>
    </message>
    <message>
        <source>all freezers</source>
        <translation>todos los congeladores</translation>
    </message>
    <message>
        <source>Defragmentation plan</source>
        <translation>Plan de desfragmentación</translation>
    </message>
    <message>
        <source>{study} - Defragmentation plan {made}</source>
        <translation>{study} - Plan de desfragmentación {made}</translation>
    </message>
    <message>
        <source>{study}  -  {scope}  -  made {made}</source>
        <translation>{study}  -  {scope}  -  hecho el {made}</translation>
    </message>
    <message>
        <source>Tubes to move</source>
        <translation>Tubos a mover</translation>
    </message>
    <message>
        <source>Boxes emptied</source>
        <translation>Cajas vaciadas</translation>
    </message>
    <message>
        <source>Empty boxes before</source>
        <translation>Cajas vacías antes</translation>
    </message>
    <message>
        <source>Empty boxes after</source>
        <translation>Cajas vacías después</translation>
    </message>
    <message>
        <source>Move the tubes box by box, ticking each one; then apply the plan in BioTrack (biotrack space defrag-apply, or Freezers &gt; Free space). A tube moved by anyone in between makes the plan out of date: BioTrack then refuses it and nothing changes.</source>
        <translation>Mueva los tubos caja a caja, marcando cada uno; después aplique el plan en BioTrack (biotrack space defrag-apply, o Congeladores &gt; Espacio libre). Si alguien mueve un tubo entretanto, el plan queda desfasado: BioTrack lo rechaza y no cambia nada.</translation>
    </message>
    <message>
        <source>Nothing to move: no partly filled box can be emptied into the room of the others.</source>
        <translation>Nada que mover: ninguna caja parcialmente llena puede vaciarse en el espacio de las demás.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>From box {box}: {tubes} tube(s) - box empty afterwards</source>
        <translation>Desde la caja {box}: {tubes} tubo(s) - la caja queda vacía</translation>
    </message>
    <message>
        <source>From box {box}: {tubes} tube(s)</source>
        <translation>Desde la caja {box}: {tubes} tubo(s)</translation>
    </message>
    <message>
        <source>{study} - Evacuation list, freezer {freezer}</source>
        <translation>{study} - Lista de evacuación, congelador {freezer}</translation>
    </message>
    <message>
        <source>Evacuation list: freezer {freezer}</source>
        <translation>Lista de evacuación: congelador {freezer}</translation>
    </message>
    <message>
        <source>{study}  -  made {made}</source>
        <translation>{study}  -  hecha el {made}</translation>
    </message>
    <message>
        <source>Every box of the freezer with its tubes, and boxes of the same type with free positions in the other freezers. Checked-out tubes are listed (their positions are reserved) but are not in the freezer.</source>
        <translation>Cada caja del congelador con sus tubos, y cajas del mismo tipo con posiciones libres en los otros congeladores. Los tubos retirados se listan (sus posiciones están reservadas) pero no están en el congelador.</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Room needed and room elsewhere</source>
        <translation>Espacio necesario y espacio disponible en otros congeladores</translation>
    </message>
    <message>
        <source>Stored tubes to move</source>
        <translation>Tubos almacenados a mover</translation>
    </message>
    <message>
        <source>Free positions elsewhere</source>
        <translation>Posiciones libres en otros</translation>
    </message>
    <message>
        <source>Enough room</source>
        <translation>Espacio suficiente</translation>
    </message>
    <message>
        <source>Freezer {freezer} holds no tubes.</source>
        <translation>El congelador {freezer} no contiene tubos.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>no room of this type elsewhere</source>
        <translation>no hay espacio de este tipo en otros congeladores</translation>
    </message>
    <message>
        <source>Box {box} ({box_type}): {tubes} tube(s)</source>
        <translation>Caja {box} ({box_type}): {tubes} tubo(s)</translation>
    </message>
    <message>
        <source>Can go to: {where}</source>
        <translation>Pueden ir a: {where}</translation>
    </message>
    <message>
        <source>Boxes with free positions in other freezers</source>
        <translation>Cajas con posiciones libres en otros congeladores</translation>
    </message>
    <message>
        <source>Evacuation list {freezer}</source>
        <translation>Lista de evacuación {freezer}</translation>
    </message>
    <message>
        <source>Limits °C</source>
        <translation>Límites °C</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Min °C</source>
        <translation>Mín. °C</translation>
    </message>
    <message>
        <source>Max °C</source>
        <translation>Máx. °C</translation>
    </message>
    <message>
        <source>Mean °C</source>
        <translation>Media °C</translation>
    </message>
    <message>
        <source>Excursions</source>
        <translation>Excursiones</translation>
    </message>
    <message>
        <source>Days without</source>
        <translation>Días sin lectura</translation>
    </message>
    <message>
        <source>Excursions (readings outside the alarm limits)</source>
        <translation>Excursiones (lecturas fuera de los límites de alarma)</translation>
    </message>
    <message>
        <source>Taken at (UTC)</source>
        <translation>Tomada (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Excursions are readings outside the limits in force at the end of the month (set point +/- 10 °C unless a manager set them). A day without a reading is a whole UTC day of the month, already over, with no reading.</source>
        <translation>Las excursiones son lecturas fuera de los límites vigentes al final del mes (consigna +/- 10 °C salvo que un responsable los haya fijado). Un día sin lectura es un día UTC completo del mes, ya terminado, sin ninguna lectura.</translation>
    </message>
    <message>
        <source>Freezer temperatures</source>
        <translation>Temperaturas de los congeladores</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Monthly freezer inventory</source>
        <translation>&amp;Inventario mensual de congeladores</translation>
    </message>
    <message>
        <source>&amp;Completeness &amp;&amp; deviations</source>
        <translation>&amp;Completitud y desviaciones</translation>
    </message>
    <message>
        <source>&amp;Nurse&apos;s draw list</source>
        <translation>&amp;Lista de extracciones de enfermería</translation>
    </message>
    <message>
        <source>What is in the freezers at the end of a month, what came in and went out, and the discrepancies; rebuilt from the history, so a past month always reads the same.</source>
        <translation>Qué hay en los congeladores al cierre de un mes, qué entró y qué salió, y las discrepancias; se reconstruye a partir del historial, así que un mes pasado siempre da el mismo resultado.</translation>
    </message>
    <message>
        <source>Expected against collected aliquots per participant and visit, missed and out-of-window visits, pre-analytical deviations; totals per site and cohort, as of today.</source>
        <translation>Alícuotas esperadas frente a obtenidas por participante y visita, visitas no realizadas y fuera de ventana, desviaciones preanalíticas; totales por centro y cohorte, a fecha de hoy.</translation>
    </message>
    <message>
        <source>The visits due in a date range, one line each with the tubes to draw and a tick box, to print before a clinic.</source>
        <translation>Las visitas previstas en un intervalo de fechas, una línea por visita con los tubos que hay que extraer y una casilla, para imprimir antes de la consulta.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Managers make this report; as {role} you can make the draw list.</source>
        <translation>Este informe lo elaboran los responsables; con el rol de {role} puede elaborar la lista de extracciones.</translation>
    </message>
    <message>
        <source>The month to report, as of its end (this month: as of now)</source>
        <translation>El mes del informe, a su cierre (el mes en curso: a fecha de ahora)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Ce&amp;ntro:</translation>
    </message>
    <message>
        <source>Co&amp;hort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the report&apos;s summary here</source>
        <translation>Muestra aquí el resumen del informe</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Preview shows the report&apos;s summary here.</source>
        <translation>La vista previa muestra aquí el resumen del informe.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (the aliquots)</source>
        <translation>CSV (las alícuotas)</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>at the end of {month}</source>
        <translation>al cierre de {month}</translation>
    </message>
    <message>
        <source>in {month}, as of now</source>
        <translation>en {month}, a fecha de ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;Freezer inventory {when}&lt;/b&gt;: {in_storage} in storage, {checked_out} checked out, {unplaced} unplaced · {boxes} boxes, {occupancy} % occupied · {movements} movements in the month · {discrepancies} discrepancies</source>
        <translation>&lt;b&gt;Inventario de congeladores {when}&lt;/b&gt;: almacenados: {in_storage}, fuera temporalmente: {checked_out}, sin posición: {unplaced} · cajas: {boxes}, {occupancy} % de ocupación · movimientos en el mes: {movements} · discrepancias: {discrepancies}</translation>
    </message>
    <message>
        <source>site {site}</source>
        <translation>centro {site}</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todos los centros</translation>
    </message>
    <message>
        <source>cohort {cohort}</source>
        <translation>cohorte {cohort}</translation>
    </message>
    <message>
        <source>all cohorts</source>
        <translation>todas las cohortes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Completeness as of {as_of}&lt;/b&gt; ({scope}): {participants} participants, {due} visits due, {collected} collected, {missed} missed, {out} out of window · {pct} % of the expected aliquots collected · {deviations} collections with deviations</source>
        <translation>&lt;b&gt;Completitud a {as_of}&lt;/b&gt; ({scope}): participantes: {participants}, visitas previstas: {due}, extraídas: {collected}, no realizadas: {missed}, fuera de ventana: {out} · {pct} % de las alícuotas esperadas obtenidas · extracciones con desviaciones: {deviations}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draw list {start} to {end}&lt;/b&gt; ({site}): {count} visits, {overdue} overdue</source>
        <translation>&lt;b&gt;Lista de extracciones del {start} al {end}&lt;/b&gt; ({site}): visitas: {count}, vencidas: {overdue}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Archivos de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vista previa lista.</translation>
    </message>
    <message>
        <source>Saved {format} to {path}</source>
        <translation>{format} guardado en {path}</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>Look up</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Salida temporal</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Consume</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descarte</translation>
    </message>
    <message>
        <source>Box audit</source>
        <translation>Auditoría de caja</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scan station&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Puesto de escaneo&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Scan a tube (or type its barcode and press Enter)</source>
        <translation>Escanee un tubo (o escriba su código de barras y pulse Intro)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scan:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Escaneo:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scan a tube to see where it is.</source>
        <translation>Escanee un tubo para ver dónde está.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Ready: scan a tube.</source>
        <translation>Listo: escanee un tubo.</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Código de barras:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Muestra:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Thaw count:</source>
        <translation>Descongelaciones:</translation>
    </message>
    <message>
        <source>SPREC:</source>
        <translation>SPREC:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Posición:</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar lista</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Check &amp;positions (scan in position order)</source>
        <translation>Comprobar &amp;posiciones (escanear en orden de posición)</translation>
    </message>
    <message>
        <source>Skip position</source>
        <translation>Saltar posición</translation>
    </message>
    <message>
        <source>The slot under the cursor is empty: move the cursor on without a scan</source>
        <translation>El hueco bajo el cursor está vacío: avanzar el cursor sin escanear</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>The whole box is scanned: every tube not scanned is missing</source>
        <translation>Se ha escaneado toda la caja: cada tubo no escaneado se da por ausente</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Box:</source>
        <translation>Caja:</translation>
    </message>
    <message>
        <source>Scan the tubes in position order: each scan goes to the green square, which then moves to the next position the database says is filled. Click a cell to move it (a tube where none is expected), or skip a slot that is empty.</source>
        <translation>Escanee los tubos en orden de posición: cada escaneo va al cuadrado verde, que después pasa a la siguiente posición ocupada según la base de datos. Haga clic en una celda para llevarlo allí (un tubo donde no se espera ninguno) o salte un hueco vacío.</translation>
    </message>
    <message>
        <source>Load scan file…</source>
        <translation>Cargar archivo de escaneo…</translation>
    </message>
    <message>
        <source>Audit the box from the file its rack scanner wrote (position and barcode)</source>
        <translation>Audita la caja a partir del archivo que generó su escáner de racks (posición y código de barras)</translation>
    </message>
    <message>
        <source>Place from scan file…</source>
        <translation>Colocar desde archivo de escaneo…</translation>
    </message>
    <message>
        <source>Put unplaced tubes at the positions a rack-scanner file gives, in this box</source>
        <translation>Coloca en esta caja los tubos sin posición, en las posiciones que indica un archivo del escáner de racks</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>Guardar auditoría</translation>
    </message>
    <message>
        <source>Store this audit and its findings, to resolve each of them</source>
        <translation>Guarda esta auditoría y sus hallazgos para resolver cada uno de ellos</translation>
    </message>
    <message>
        <source>Findings…</source>
        <translation>Hallazgos…</translation>
    </message>
    <message>
        <source>Findings of saved audits not resolved yet</source>
        <translation>Hallazgos de auditorías guardadas aún no resueltos</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>optional: destination, shipment</source>
        <translation>opcional: destino, envío</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>{text} scanned again within a second: ignored.</source>
        <translation>{text} escaneado de nuevo en menos de un segundo: se ignora.</translation>
    </message>
    <message>
        <source>{barcode}: {code} {visit}, {status}.</source>
        <translation>{barcode}: {code} {visit}, {status}.</translation>
    </message>
    <message>
        <source>{sample} {number}/{of} · {volume} µL</source>
        <translation>{sample} {number}/{of} · {volume} µL</translation>
    </message>
    <message>
        <source>not in a box</source>
        <translation>en ninguna caja</translation>
    </message>
    <message>
        <source>Scan station</source>
        <translation>Puesto de escaneo</translation>
    </message>
    <message>
        <source>{barcode} is {status}: it has no position.</source>
        <translation>{barcode} ({status}) no tiene posición.</translation>
    </message>
    <message>
        <source>Box {path} · {barcode} at {position}</source>
        <translation>Caja {path} · {barcode} en {position}</translation>
    </message>
    <message>
        <source>{barcode} is already in the list.</source>
        <translation>{barcode} ya está en la lista.</translation>
    </message>
    <message>
        <source>{barcode} added: {code} {visit}.</source>
        <translation>{barcode} añadido: {code} {visit}.</translation>
    </message>
    <message>
        <source>{barcode} marked, not applied: {problem}</source>
        <translation>{barcode} marcado, no se aplica: {problem}</translation>
    </message>
    <message>
        <source>Check out {n} tube(s)</source>
        <translation>Sacar {n} tubo(s)</translation>
    </message>
    <message>
        <source>Return {n} tube(s)</source>
        <translation>Devolver {n} tubo(s)</translation>
    </message>
    <message>
        <source>Consume {n} tube(s)…</source>
        <translation>Consumir {n} tubo(s)…</translation>
    </message>
    <message>
        <source>Ship {n} tube(s)…</source>
        <translation>Enviar {n} tubo(s)…</translation>
    </message>
    <message>
        <source>Discard {n} tube(s)…</source>
        <translation>Desechar {n} tubo(s)…</translation>
    </message>
    <message>
        <source>{ready} ready</source>
        <translation>listos: {ready}</translation>
    </message>
    <message>
        <source>{refused} marked, not applied</source>
        <translation>marcados, no se aplican: {refused}</translation>
    </message>
    <message>
        <source>Scan the tubes first: none is ready.</source>
        <translation>Escanee primero los tubos: ninguno está listo.</translation>
    </message>
    <message>
        <source>Give a reason for this action (the field next to the mode).</source>
        <translation>Indique un motivo para esta acción (el campo junto al modo).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{action}: {count} tube(s) done.</source>
        <translation>{action}: {count} tubo(s) procesado(s).</translation>
    </message>
    <message>
        <source>Mark {n} tube(s) as consumed?</source>
        <translation>¿Marcar {n} tubo(s) como consumido(s)?</translation>
    </message>
    <message>
        <source>Mark {n} tube(s) as shipped?</source>
        <translation>¿Marcar {n} tubo(s) como enviado(s)?</translation>
    </message>
    <message>
        <source>Discard {n} tube(s)?</source>
        <translation>¿Desechar {n} tubo(s)?</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>They leave the freezer for good and their positions are freed.</source>
        <translation>Salen del congelador definitivamente y sus posiciones quedan libres.</translation>
    </message>
    <message>
        <source>Box audit: {path}</source>
        <translation>Auditoría de caja: {path}</translation>
    </message>
    <message>
        <source>Box audit of {path}: scan its tubes.</source>
        <translation>Auditoría de la caja {path}: escanee sus tubos.</translation>
    </message>
    <message>
        <source>The next scan goes to {position}.</source>
        <translation>El siguiente escaneo va a {position}.</translation>
    </message>
    <message>
        <source>Choose the box to audit first.</source>
        <translation>Elija primero la caja que quiere auditar.</translation>
    </message>
    <message>
        <source>No position is under the cursor: click the cell this tube is in.</source>
        <translation>No hay ninguna posición bajo el cursor: haga clic en la celda donde está este tubo.</translation>
    </message>
    <message>
        <source>{barcode} was already scanned at {position}: to correct it, click {position} and scan the tube that is there.</source>
        <translation>{barcode} ya se escaneó en {position}: para corregirlo, haga clic en {position} y escanee el tubo que hay allí.</translation>
    </message>
    <message>
        <source>{barcode} scanned at {position}.</source>
        <translation>{barcode} escaneado en {position}.</translation>
    </message>
    <message>
        <source>{barcode} scanned.</source>
        <translation>{barcode} escaneado.</translation>
    </message>
    <message>
        <source>Matched {matched} · Missing {missing} · Unexpected {unexpected} · Misplaced {misplaced}</source>
        <translation>Correctos {matched} · Ausentes {missing} · Inesperados {unexpected} · Mal ubicados {misplaced}</translation>
    </message>
    <message>
        <source>Checked out {count}</source>
        <translation>Fuera temporalmente {count}</translation>
    </message>
    <message>
        <source>Not scanned yet {count}</source>
        <translation>Sin escanear todavía {count}</translation>
    </message>
    <message>
        <source>Scan the tubes of the box first.</source>
        <translation>Escanee primero los tubos de la caja.</translation>
    </message>
    <message>
        <source>The audit of {path} is not finished: every tube not scanned yet will be recorded as missing. Save it now?</source>
        <translation>La auditoría de {path} no ha terminado: cada tubo aún sin escanear se registrará como ausente. ¿Guardarla ahora?</translation>
    </message>
    <message>
        <source>Audit {id} of {path} saved: {count} finding(s).</source>
        <translation>Auditoría {id} de {path} guardada: {count} hallazgo(s).</translation>
    </message>
    <message>
        <source>Rack-scanner files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos del escáner de racks (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load a rack-scanner file</source>
        <translation>Cargar un archivo del escáner de racks</translation>
    </message>
    <message>
        <source>Place tubes from a rack-scanner file</source>
        <translation>Colocar tubos desde un archivo del escáner de racks</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Rack-scanner file</source>
        <translation>Archivo del escáner de racks</translation>
    </message>
    <message>
        <source>{count} tube(s) read from {file}.</source>
        <translation>{count} tubo(s) leído(s) de {file}.</translation>
    </message>
    <message>
        <source>Unreadable wells: {wells}.</source>
        <translation>Posiciones ilegibles: {wells}.</translation>
    </message>
    <message>
        <source>Place from scan file</source>
        <translation>Colocar desde archivo de escaneo</translation>
    </message>
    <message>
        <source>Place the {count} tube(s) of {file} in box {path}, each at its scanned position?</source>
        <translation>¿Colocar los {count} tubo(s) de {file} en la caja {path}, cada uno en su posición escaneada?</translation>
    </message>
    <message>
        <source>Place tubes</source>
        <translation>Colocar tubos</translation>
    </message>
    <message>
        <source>Nothing was placed.</source>
        <translation>No se ha colocado nada.</translation>
    </message>
    <message>
        <source>{count} tube(s) placed in {path}.</source>
        <translation>{count} tubo(s) colocado(s) en {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Configuración&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <source>Only a manager can manage users</source>
        <translation>Solo un responsable puede gestionar los usuarios</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>New shipment</source>
        <translation>Nuevo envío</translation>
    </message>
    <message>
        <source>A draft shipment gets the next code (SHP-year-number). Add its tubes next, save the manifest, then dispatch it: dispatching marks every tube shipped.</source>
        <translation>Un envío en borrador recibe el siguiente código (SHP-año-número). Después, añada sus tubos, guarde el manifiesto y expídalo: al expedirlo, todos sus tubos se marcan como enviados.</translation>
    </message>
    <message>
        <source>receiving laboratory and address</source>
        <translation>laboratorio de destino y dirección</translation>
    </message>
    <message>
        <source>optional; can also be given at dispatch</source>
        <translation>opcional; también se puede indicar al expedir</translation>
    </message>
    <message>
        <source>UN3373 Biological substance, Category B</source>
        <translation>UN3373 Sustancia biológica, categoría B</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Dry ice in the package, declared as UN1845</source>
        <translation>Hielo seco en el paquete, declarado como UN1845</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation>&amp;Transportista:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>Número de &amp;seguimiento:</translation>
    </message>
    <message>
        <source>Ship &amp;date:</source>
        <translation>&amp;Fecha de envío:</translation>
    </message>
    <message>
        <source>Declare:</source>
        <translation>Declarar:</translation>
    </message>
    <message>
        <source>Dry &amp;ice (UN1845):</source>
        <translation>&amp;Hielo seco (UN1845):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Crear borrador</translation>
    </message>
    <message>
        <source>Shipment not created</source>
        <translation>Envío no creado</translation>
    </message>
</context>
<context>
    <name>ShipmentItemModel</name>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Sample type</source>
        <translation>Tipo de muestra</translation>
    </message>
    <message>
        <source>Volume µL</source>
        <translation>Volumen µL</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ShipmentModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>Tubos</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declarado</translation>
    </message>
</context>
<context>
    <name>ShipmentsPage</name>
    <message>
        <source>&lt;h2&gt;Shipments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Envíos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New shipment…</source>
        <translation>&amp;Nuevo envío…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Choose a shipment, or create one.</source>
        <translation>Elija un envío o cree uno.</translation>
    </message>
    <message>
        <source>Scan a tube to add it</source>
        <translation>Escanee un tubo para añadirlo</translation>
    </message>
    <message>
        <source>or paste barcodes (one per line)</source>
        <translation>o pegue códigos de barras (uno por línea)</translation>
    </message>
    <message>
        <source>Add &amp;listed</source>
        <translation>Añadir &amp;listados</translation>
    </message>
    <message>
        <source>e.g. IA-NAV-001</source>
        <translation>p. ej., IA-NAV-001</translation>
    </message>
    <message>
        <source>e.g. V1</source>
        <translation>p. ej., V1</translation>
    </message>
    <message>
        <source>Any sample type</source>
        <translation>Cualquier tipo de muestra</translation>
    </message>
    <message>
        <source>whole box, e.g. F1/S1/R1/B1</source>
        <translation>caja entera, p. ej., F1/S1/R1/B1</translation>
    </message>
    <message>
        <source>Add &amp;matching</source>
        <translation>Añadir c&amp;oincidentes</translation>
    </message>
    <message>
        <source>Add every tube in storage that matches all the criteria filled in</source>
        <translation>Añade todos los tubos almacenados que cumplen todos los criterios rellenados</translation>
    </message>
    <message>
        <source>Add tubes</source>
        <translation>Añadir tubos</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>Sample &amp;type:</source>
        <translation>Tipo de &amp;muestra:</translation>
    </message>
    <message>
        <source>Bo&amp;x:</source>
        <translation>Ca&amp;ja:</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Quitar seleccionados</translation>
    </message>
    <message>
        <source>&amp;Save manifest…</source>
        <translation>&amp;Guardar manifiesto…</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Expedir…</translation>
    </message>
    <message>
        <source>Mark every tube of this shipment shipped (cannot be undone)</source>
        <translation>Marca todos los tubos de este envío como enviados (no se puede deshacer)</translation>
    </message>
    <message>
        <source>Recei&amp;ve back…</source>
        <translation>Recibir &amp;devolución…</translation>
    </message>
    <message>
        <source>The shipment came back: the selected tubes (or all) return to their positions</source>
        <translation>El envío ha vuelto: los tubos seleccionados (o todos) vuelven a sus posiciones</translation>
    </message>
    <message>
        <source>&amp;Cancel shipment…</source>
        <translation>&amp;Cancelar envío…</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>nothing declared</source>
        <translation>nada declarado</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; ({status}) to &lt;b&gt;{destination}&lt;/b&gt;, {date}{courier}{tracking} · {declared} · {tubes} tube(s){back}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; ({status}) a &lt;b&gt;{destination}&lt;/b&gt;, {date}{courier}{tracking} · {declared} · {tubes} tubo(s){back}</translation>
    </message>
    <message>
        <source>, courier {name}</source>
        <translation>, transportista {name}</translation>
    </message>
    <message>
        <source>, tracking {number}</source>
        <translation>, seguimiento {number}</translation>
    </message>
    <message>
        <source>, {count} received back</source>
        <translation>, {count} devuelto(s)</translation>
    </message>
    <message>
        <source>Draft {code} created: add its tubes.</source>
        <translation>Borrador {code} creado: añada sus tubos.</translation>
    </message>
    <message>
        <source>Tubes not added</source>
        <translation>Tubos no añadidos</translation>
    </message>
    <message>
        <source>Added {count} tube(s) to {code}.</source>
        <translation>{count} tubo(s) añadido(s) a {code}.</translation>
    </message>
    <message>
        <source>Tubes not removed</source>
        <translation>Tubos no quitados</translation>
    </message>
    <message>
        <source>Removed {count} tube(s) from {code}.</source>
        <translation>{count} tubo(s) quitado(s) de {code}.</translation>
    </message>
    <message>
        <source>Dispatch {code}</source>
        <translation>Expedir {code}</translation>
    </message>
    <message>
        <source>Dispatch {code} to {destination}? Its {count} tube(s) will be marked shipped and leave their positions. This cannot be undone.</source>
        <translation>¿Expedir {code} a {destination}? Sus {count} tubo(s) se marcarán como enviados y dejarán sus posiciones. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Expedir</translation>
    </message>
    <message>
        <source>Not dispatched</source>
        <translation>No expedido</translation>
    </message>
    <message>
        <source>{code} dispatched: {count} tube(s) shipped.</source>
        <translation>{code} expedido: {count} tubo(s) enviado(s).</translation>
    </message>
    <message>
        <source>Receive {count} selected tube(s) of {code} back into storage?</source>
        <translation>¿Recibir de vuelta en el almacenamiento {count} tubo(s) seleccionado(s) de {code}?</translation>
    </message>
    <message>
        <source>Receive every tube of {code} that is not back yet into storage?</source>
        <translation>¿Recibir de vuelta en el almacenamiento todos los tubos de {code} que aún no han vuelto?</translation>
    </message>
    <message>
        <source>Receive back</source>
        <translation>Recibir devolución</translation>
    </message>
    <message>
        <source>Each goes back to its position if it is still free, else it is left unplaced.</source>
        <translation>Cada uno vuelve a su posición si sigue libre; si no, queda sin posición.</translation>
    </message>
    <message>
        <source>Not received back</source>
        <translation>Devolución no recibida</translation>
    </message>
    <message>
        <source>{count} tube(s) of {code} received back.</source>
        <translation>{count} tubo(s) de {code} recibido(s) de vuelta.</translation>
    </message>
    <message>
        <source>Their positions were taken, place them by hand: {barcodes}</source>
        <translation>Sus posiciones estaban ocupadas; colóquelos a mano: {barcodes}</translation>
    </message>
    <message>
        <source>Cancel {code}</source>
        <translation>Cancelar {code}</translation>
    </message>
    <message>
        <source>Cancel the draft {code}? Its tubes stay in the freezer and can go in another shipment.</source>
        <translation>¿Cancelar el borrador {code}? Sus tubos siguen en el congelador y pueden ir en otro envío.</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>No cancelado</translation>
    </message>
    <message>
        <source>{code} cancelled.</source>
        <translation>{code} cancelado.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Archivos de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the manifest</source>
        <translation>Guardar el manifiesto</translation>
    </message>
    <message>
        <source>Manifest not saved</source>
        <translation>Manifiesto no guardado</translation>
    </message>
    <message>
        <source>This database is not a file, so the manifest cannot be written in the background.</source>
        <translation>Esta base de datos no es un archivo, así que el manifiesto no se puede escribir en segundo plano.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Saved the {format} manifest of {code} to {path}</source>
        <translation>Manifiesto {format} de {code} guardado en {path}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;BioTrack&lt;/b&gt; — sign in to {file}</source>
        <translation>&lt;b&gt;BioTrack&lt;/b&gt; — iniciar sesión en {file}</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Sign in failed</source>
        <translation>No se pudo iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SpacePage</name>
    <message>
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Find free space</source>
        <translation>Buscar espacio libre</translation>
    </message>
    <message>
        <source>Defragmentation</source>
        <translation>Desfragmentación</translation>
    </message>
    <message>
        <source>Freezer failure</source>
        <translation>Avería de congelador</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Free space&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Espacio libre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>PDF, or CSV when the file name ends in .csv</source>
        <translation>PDF, o CSV si el nombre del archivo termina en .csv</translation>
    </message>
    <message>
        <source>free positions</source>
        <translation>posiciones libres</translation>
    </message>
    <message>
        <source>empty boxes</source>
        <translation>cajas vacías</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Box &amp;type:</source>
        <translation>Tipo de &amp;caja:</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>&amp;Qué buscar:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>Ca&amp;ntidad:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Move at most this many tubes: the boxes with the fewest tubes are emptied first</source>
        <translation>Mover como máximo este número de tubos: primero se vacían las cajas con menos tubos</translation>
    </message>
    <message>
        <source>&amp;Make plan</source>
        <translation>&amp;Hacer plan</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Open saved plan…</source>
        <translation>&amp;Abrir plan guardado…</translation>
    </message>
    <message>
        <source>A plan saved earlier (its PDF or the .json saved next to it)</source>
        <translation>Un plan guardado anteriormente (su PDF o el .json guardado junto a él)</translation>
    </message>
    <message>
        <source>&amp;Apply plan…</source>
        <translation>Ap&amp;licar plan…</translation>
    </message>
    <message>
        <source>Record the plan&apos;s moves once the tubes have been moved at the freezer</source>
        <translation>Registra los movimientos del plan una vez movidos los tubos en el congelador</translation>
    </message>
    <message>
        <source>F&amp;reezer:</source>
        <translation>Con&amp;gelador:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Como má&amp;ximo:</translation>
    </message>
    <message>
        <source>A plan empties the partly filled boxes with the fewest tubes into the room of the others (same freezer, same box type). Print it, move the tubes, then apply.</source>
        <translation>Un plan vacía las cajas parcialmente llenas con menos tubos en el espacio libre de las demás (mismo congelador, mismo tipo de caja). Imprímalo, mueva los tubos y, después, aplíquelo.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Save &amp;evacuation list…</source>
        <translation>Guardar lista de &amp;evacuación…</translation>
    </message>
    <message>
        <source>Fai&amp;ling freezer:</source>
        <translation>Congelador a&amp;veriado:</translation>
    </message>
    <message>
        <source>Every box of the freezer with its tubes (barcode, code, visit, sample type), and the boxes of the same type with free positions in the other freezers.</source>
        <translation>Todas las cajas del congelador con sus tubos (código de barras, código, visita, tipo de muestra), y las cajas del mismo tipo con posiciones libres en los demás congeladores.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Espacio libre</translation>
    </message>
    <message>
        <source>all freezers</source>
        <translation>todos los congeladores</translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation>No se pudo escribir el archivo: {error}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;CSV files (*.csv)</source>
        <translation>Archivos PDF (*.pdf);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a defragmentation plan</source>
        <translation>Abrir un plan de desfragmentación</translation>
    </message>
    <message>
        <source>Plans (*.json *.pdf)</source>
        <translation>Planes (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se ha guardado {path}.</translation>
    </message>
    <message>
        <source>Save the utilisation report</source>
        <translation>Guardar el informe de ocupación</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>{found} empty {type} box(es) of {asked} asked.</source>
        <translation>{found} caja(s) vacía(s) de tipo {type} de {asked} solicitada(s).</translation>
    </message>
    <message>
        <source>{found} free {type} position(s) of {asked} asked.</source>
        <translation>{found} posición(es) libre(s) de tipo {type} de {asked} solicitada(s).</translation>
    </message>
    <message>
        <source>Looking for room…</source>
        <translation>Buscando espacio…</translation>
    </message>
    <message>
        <source>Making the plan…</source>
        <translation>Elaborando el plan…</translation>
    </message>
    <message>
        <source>Nothing to move: no partly filled box can be emptied into the room of the others.</source>
        <translation>Nada que mover: ninguna caja parcialmente llena se puede vaciar en el espacio libre de las demás.</translation>
    </message>
    <message>
        <source>{moves} tube(s) to move; {boxes} box(es) emptied: {paths}</source>
        <translation>{moves} tubo(s) que mover; {boxes} caja(s) vaciada(s): {paths}</translation>
    </message>
    <message>
        <source>Save the defragmentation plan</source>
        <translation>Guardar el plan de desfragmentación</translation>
    </message>
    <message>
        <source>Saved {path} and {plan} (open it here later to apply it).</source>
        <translation>Se han guardado {path} y {plan} (ábralo aquí más adelante para aplicarlo).</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan no guardado</translation>
    </message>
    <message>
        <source>Plan made at {made} opened.</source>
        <translation>Abierto el plan elaborado el {made}.</translation>
    </message>
    <message>
        <source>Record {moves} move(s) of the plan made at {made}? Do this only after the tubes have been moved at the freezer. {boxes} box(es) become empty.</source>
        <translation>¿Registrar {moves} movimiento(s) del plan elaborado el {made}? Hágalo solo después de haber movido los tubos en el congelador. Quedarán vacías {boxes} caja(s).</translation>
    </message>
    <message>
        <source>Apply the defragmentation plan</source>
        <translation>Aplicar el plan de desfragmentación</translation>
    </message>
    <message>
        <source>Apply plan</source>
        <translation>Aplicar plan</translation>
    </message>
    <message>
        <source>{moved} tube(s) moved; {boxes} box(es) emptied.</source>
        <translation>{moved} tubo(s) movido(s); {boxes} caja(s) vaciada(s).</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>Aplicando el plan…</translation>
    </message>
    <message>
        <source>Plan not applied</source>
        <translation>Plan no aplicado</translation>
    </message>
    <message>
        <source>Reading freezer {code}…</source>
        <translation>Leyendo el congelador {code}…</translation>
    </message>
    <message>
        <source>Not enough room elsewhere for: {types}. Add boxes or a freezer.</source>
        <translation>No hay espacio suficiente en otro sitio para: {types}. Añada cajas o un congelador.</translation>
    </message>
    <message>
        <source>{boxes} box(es) listed; the other freezers have room for every stored tube.</source>
        <translation>{boxes} caja(s) en la lista; los demás congeladores tienen espacio para todos los tubos almacenados.</translation>
    </message>
    <message>
        <source>Save the evacuation list</source>
        <translation>Guardar la lista de evacuación</translation>
    </message>
    <message>
        <source>Evacuation list not saved</source>
        <translation>Lista de evacuación no guardada</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>unplaced</source>
        <translation>sin posición</translation>
    </message>
    <message>
        <source>in storage</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>fuera temporalmente</translation>
    </message>
    <message>
        <source>consumed</source>
        <translation>consumido</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>desechado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no localizado</translation>
    </message>
</context>
<context>
    <name>StorageTreeModel</name>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>suero</translation>
    </message>
    <message>
        <source>buffy coat</source>
        <translation>capa leucocitaria</translation>
    </message>
    <message>
        <source>Shelf {code}</source>
        <translation>Estante {code}</translation>
    </message>
    <message>
        <source>Rack {code}</source>
        <translation>Rack {code}</translation>
    </message>
    <message>
        <source>Box {code}</source>
        <translation>Caja {code}</translation>
    </message>
    <message>
        <source>{path}: {occupied} of {capacity} positions taken, {free} free</source>
        <translation>{path}: ocupadas {occupied} de {capacity} posiciones; libres: {free}</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>The study</source>
        <translation>El estudio</translation>
    </message>
    <message>
        <source>{study}: choose the sites this database serves.</source>
        <translation>{study}: elija los centros a los que da servicio esta base de datos.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Archivo de &amp;base de datos:</translation>
    </message>
    <message>
        <source>&amp;Sites of the study (a participant&apos;s code starts with its site&apos;s code):</source>
        <translation>&amp;Centros del estudio (el código de un participante empieza por el código de su centro):</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nuevo archivo de base de datos</translation>
    </message>
    <message>
        <source>BioTrack databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de BioTrack (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TemperaturePage</name>
    <message>
        <source>&lt;h2&gt;Temperatures&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Temperaturas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Freezer:</source>
        <translation>&amp;Congelador:</translation>
    </message>
    <message>
        <source>&amp;Month (UTC):</source>
        <translation>&amp;Mes (UTC):</translation>
    </message>
    <message>
        <source>optional, e.g. door left open</source>
        <translation>opcional; p. ej., puerta que se dejó abierta</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>&amp;Añadir lectura</translation>
    </message>
    <message>
        <source>Reading from the display</source>
        <translation>Lectura de la pantalla</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>Read at (local time):</source>
        <translation>Hora de lectura (hora local):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>&amp;Import logger file…</source>
        <translation>&amp;Importar archivo del registrador…</translation>
    </message>
    <message>
        <source>Data logger</source>
        <translation>Registrador de datos</translation>
    </message>
    <message>
        <source>CSV exports: timestamp,celsius; device header lines before the table; Date,Time,Temperature columns; &apos;;&apos; with decimal commas.</source>
        <translation>Exportaciones CSV: timestamp,celsius; líneas de cabecera del dispositivo antes de la tabla; columnas Date,Time,Temperature; &apos;;&apos; con comas decimales.</translation>
    </message>
    <message>
        <source>Set &amp;limits</source>
        <translation>Fijar &amp;límites</translation>
    </message>
    <message>
        <source>Alarm limits (managers)</source>
        <translation>Límites de alarma (responsables)</translation>
    </message>
    <message>
        <source>Low:</source>
        <translation>Inferior:</translation>
    </message>
    <message>
        <source>High:</source>
        <translation>Superior:</translation>
    </message>
    <message>
        <source>Only a manager may change the alarm limits.</source>
        <translation>Solo un responsable puede cambiar los límites de alarma.</translation>
    </message>
    <message>
        <source>No freezers yet.</source>
        <translation>Todavía no hay congeladores.</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>Alarm limits: {low} .. {high} °C</source>
        <translation>Límites de alarma: {low} .. {high} °C</translation>
    </message>
    <message>
        <source>(set point ± 10 °C: no limits set)</source>
        <translation>(temperatura de consigna ± 10 °C: no se han fijado límites)</translation>
    </message>
    <message>
        <source>{readings} reading(s), {excursions} excursion(s), {days} whole day(s) without a reading.</source>
        <translation>{readings} lectura(s), {excursions} excursión(es), {days} día(s) completo(s) sin lectura.</translation>
    </message>
    <message>
        <source>Min {min} °C, max {max} °C, mean {mean} °C.</source>
        <translation>Mín. {min} °C, máx. {max} °C, media {mean} °C.</translation>
    </message>
    <message>
        <source>Reading not recorded</source>
        <translation>Lectura no registrada</translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation>Excursión</translation>
    </message>
    <message>
        <source>{celsius} °C is outside the alarm limits of freezer {freezer}: check the freezer.</source>
        <translation>{celsius} °C está fuera de los límites de alarma del congelador {freezer}: revise el congelador.</translation>
    </message>
    <message>
        <source>Import a data logger file</source>
        <translation>Importar un archivo del registrador de datos</translation>
    </message>
    <message>
        <source>Logger exports (*.csv *.txt);;All files (*)</source>
        <translation>Exportaciones del registrador (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Logger file not imported</source>
        <translation>Archivo del registrador no importado</translation>
    </message>
    <message>
        <source>{added} reading(s) imported into {freezer}, {skipped} already stored, {excursions} excursion(s).</source>
        <translation>{added} lectura(s) importada(s) en {freezer}, {skipped} ya guardada(s), {excursions} excursión(es).</translation>
    </message>
    <message>
        <source>Limits not set</source>
        <translation>Límites no fijados</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&lt;h2&gt;Due visits&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Visitas pendientes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next 2 weeks</source>
        <translation>Próximas 2 semanas</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the due list again (F5)</source>
        <translation>Vuelve a leer la lista de visitas pendientes (F5)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Imprimir lista…</translation>
    </message>
    <message>
        <source>Print the draw list shown (coded: study codes only) with the system print dialog</source>
        <translation>Imprime la lista de extracciones mostrada (codificada: solo códigos de estudio) con el diálogo de impresión del sistema</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>Imprimir &amp;etiquetas…</translation>
    </message>
    <message>
        <source>Pre-print the tube labels of the selected visit before the draw</source>
        <translation>Preimprime las etiquetas de los tubos de la visita seleccionada antes de la extracción</translation>
    </message>
    <message>
        <source>Mark &amp;missed…</source>
        <translation>Marcar como &amp;no realizada…</translation>
    </message>
    <message>
        <source>Record that the selected visit will not be drawn, and why</source>
        <translation>Registra que la visita seleccionada no se va a extraer, y por qué</translation>
    </message>
    <message>
        <source>Double-click a visit to open the participant.</source>
        <translation>Haga doble clic en una visita para abrir el participante.</translation>
    </message>
    <message>
        <source>Reading the due list…</source>
        <translation>Leyendo la lista de visitas pendientes…</translation>
    </message>
    <message>
        <source>Due visits</source>
        <translation>Visitas pendientes</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>1 visit due</source>
        <translation>1 visita pendiente</translation>
    </message>
    <message>
        <source>{count} visits due</source>
        <translation>{count} visitas pendientes</translation>
    </message>
    <message>
        <source>{count} overdue (highlighted)</source>
        <translation>vencidas: {count} (resaltadas)</translation>
    </message>
    <message>
        <source>{count} not in window yet (italics)</source>
        <translation>aún fuera de ventana: {count} (en cursiva)</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message>
        <source>This database is not a file, so labels cannot be printed in the background.</source>
        <translation>Esta base de datos no es un archivo, así que las etiquetas no se pueden imprimir en segundo plano.</translation>
    </message>
    <message>
        <source>Draw list</source>
        <translation>Lista de extracciones</translation>
    </message>
    <message>
        <source>Print the draw list</source>
        <translation>Imprimir la lista de extracciones</translation>
    </message>
    <message>
        <source>site {site}</source>
        <translation>centro {site}</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todos los centros</translation>
    </message>
    <message>
        <source>{count} visit(s) to draw</source>
        <translation>{count} visita(s) que extraer</translation>
    </message>
    <message>
        <source>, of which {count} overdue (window already passed: draw or record why not)</source>
        <translation>, de las cuales {count} vencida(s) (la ventana ya pasó: extraer o registrar por qué no)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Tubes to draw</source>
        <translation>Tubos que extraer</translation>
    </message>
    <message>
        <source>Drawn at</source>
        <translation>Hora de extracción</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Tick each line when the tubes are drawn and write the draw time; register the collection in BioTrack the same day.</source>
        <translation>Marque cada línea cuando se extraigan los tubos y anote la hora de extracción; registre la extracción en BioTrack el mismo día.</translation>
    </message>
    <message>
        <source>Printed {when} by {user}. Coded data only.</source>
        <translation>Impreso el {when} por {user}. Solo datos codificados.</translation>
    </message>
    <message>
        <source>Draw list {period}</source>
        <translation>Lista de extracciones {period}</translation>
    </message>
</context>
<context>
    <name>UsageModel</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Box type</source>
        <translation>Tipo de caja</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Empty boxes</source>
        <translation>Cajas vacías</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupadas</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>nurse</source>
        <translation>enfermería</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Only a manager can add, disable or enable accounts. You are signed in as {user} ({role}); ask the biobank manager.</source>
        <translation>Solo un responsable puede añadir, desactivar o activar cuentas. Ha iniciado sesión como {user} ({role}); pídaselo al responsable del biobanco.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Añadir usuario…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>The account can no longer sign in; its name stays in the audit trail</source>
        <translation>La cuenta ya no puede iniciar sesión; su nombre se mantiene en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>Ac&amp;tivar…</translation>
    </message>
    <message>
        <source>Only a manager can manage users</source>
        <translation>Solo un responsable puede gestionar los usuarios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Activar cuenta</translation>
    </message>
    <message>
        <source>Enable the account {user}? It can sign in again. Why?</source>
        <translation>¿Activar la cuenta {user}? Podrá volver a iniciar sesión. ¿Por qué?</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Disable the account {user}? It can no longer sign in; its name stays in the audit trail. Why?</source>
        <translation>¿Desactivar la cuenta {user}? Ya no podrá iniciar sesión; su nombre se mantiene en el registro de auditoría. ¿Por qué?</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>expedido</translation>
    </message>
    <message>
        <source>received back</source>
        <translation>recibido de vuelta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>suero</translation>
    </message>
    <message>
        <source>buffy coat</source>
        <translation>capa leucocitaria</translation>
    </message>
    <message>
        <source>freezer</source>
        <translation>congelador</translation>
    </message>
    <message>
        <source>shelf</source>
        <translation>estante</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>box</source>
        <translation>caja</translation>
    </message>
</context>
<context>
    <name>VisitLabelsDialog</name>
    <message>
        <source>Pre-printed labels of {code} {visit}</source>
        <translation>Etiquetas preimpresas de {code} {visit}</translation>
    </message>
    <message>
        <source>Tubes to draw: {tubes}</source>
        <translation>Tubos que extraer: {tubes}</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message>
        <source>The first print reserves the barcodes of this visit; the collection registered for it later takes exactly these barcodes. Printing again reprints the same labels.</source>
        <translation>La primera impresión reserva los códigos de barras de esta visita; la extracción que se registre después para ella usará exactamente estos códigos. Imprimir de nuevo reimprime las mismas etiquetas.</translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>extraída</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>No visits</source>
        <translation>Sin visitas</translation>
    </message>
    <message>
        <source>next</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>{visit}: {status}</source>
        <translation>{visit}: {status}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>Target {target}, window {start} to {end}</source>
        <translation>Fecha objetivo {target}, ventana del {start} al {end}</translation>
    </message>
    <message>
        <source>Drawn on {date}</source>
        <translation>Extraída el {date}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw participant</source>
        <translation>Retirar participante</translation>
    </message>
    <message>
        <source>Withdraw &lt;b&gt;{code}&lt;/b&gt; from the study. Follow-up ends on that date: every later planned visit becomes not applicable. Collected samples are kept.</source>
        <translation>Retirar a &lt;b&gt;{code}&lt;/b&gt; del estudio. El seguimiento termina en esa fecha: todas las visitas previstas posteriores pasan a no aplicables. Las muestras extraídas se conservan.</translation>
    </message>
    <message>
        <source>Required, e.g. consent withdrawn</source>
        <translation>Obligatorio; p. ej., retirada del consentimiento</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Withdraw {code} on {date}?

Follow-up ends: every planned visit after that date becomes not applicable. This cannot be undone here.</source>
        <translation>¿Retirar a {code} el {date}?

Termina el seguimiento: todas las visitas previstas posteriores a esa fecha pasan a no aplicables. Esto no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>No retirado</translation>
    </message>
</context>
<context>
    <name>WorkspacePages</name>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Espacio libre</translation>
    </message>
    <message>
        <source>Scan station</source>
        <translation>Puesto de escaneo</translation>
    </message>
    <message>
        <source>Pull lists</source>
        <translation>Listas de recogida</translation>
    </message>
</context>
</TS>

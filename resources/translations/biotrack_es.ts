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
        <source>One box type per rack of a shelf, serum or buffy, e.g. serum, serum, serum, buffy</source>
        <translation>Un tipo de caja por cada rack de un estante, escrito serum (suero) o buffy (capa leucocitaria); p. ej., serum, serum, serum, buffy</translation>
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
        <source>✔ Audit trail intact: {count} events verified, none changed or removed.</source>
        <translation>✔ Registro de auditoría íntegro: eventos verificados: {count}; ninguno modificado ni eliminado.</translation>
    </message>
    <message>
        <source>✘ Audit trail BROKEN at event {id}: {problem}. Keep this file as it is and tell the biobank manager; restore the last good backup only after it has been examined.</source>
        <translation>✘ Registro de auditoría ROTO en el evento {id}: {problem}. Conserve este archivo tal como está y avise al responsable del biobanco; restaure la última copia de seguridad correcta solo después de que se haya examinado.</translation>
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
        <source>Choose the file for the new database.</source>
        <translation>Elija el archivo de la nueva base de datos.</translation>
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

BEGIN TRANSACTION;
CREATE TABLE agenda_events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    procedure_number TEXT NOT NULL DEFAULT '',
    convening_unit TEXT NOT NULL DEFAULT '',
    seats INTEGER NOT NULL DEFAULT 1,
    seats_taken INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    cancelled INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL
);
CREATE TABLE answers (
    audit_id TEXT NOT NULL REFERENCES audits(id),
    question_id TEXT NOT NULL,
    item INTEGER NOT NULL DEFAULT -1,
    value TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (audit_id, question_id, item)
) WITHOUT ROWID;
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-12-07T12:24:35.157Z','2026-12-07T12:24:35.157Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-12-07T12:24:35.162Z','2026-12-07T12:24:35.162Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','entregable_verificable',0,'"si"',NULL,'2026-12-07T12:24:35.158Z','2026-12-07T12:24:35.158Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','entregable_verificable',1,'"si"',NULL,'2026-12-07T12:24:35.163Z','2026-12-07T12:24:35.163Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','estatus',0,'"completo"',NULL,'2026-12-07T12:24:35.159Z','2026-12-07T12:24:35.159Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','estatus',1,'"limitado"',NULL,'2026-12-07T12:24:35.166Z','2026-12-07T12:24:35.166Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','grupo_coordinador_participo',-1,'"si"',NULL,'2026-12-07T12:24:35.179Z','2026-12-07T12:24:35.179Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','informe_avance_publicado',-1,'"no"',NULL,'2026-12-07T12:24:35.181Z','2026-12-07T12:24:35.181Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','porcentaje_reportado',0,'100',NULL,'2026-12-07T12:24:35.160Z','2026-12-07T12:24:35.160Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','porcentaje_reportado',1,'80',NULL,'2026-12-07T12:24:35.167Z','2026-12-07T12:24:35.167Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','porcentaje_verificado',0,'100',NULL,'2026-12-07T12:24:35.160Z','2026-12-07T12:24:35.160Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','porcentaje_verificado',1,'40',NULL,'2026-12-07T12:24:35.175Z','2026-12-07T12:24:35.175Z');
INSERT INTO "answers" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-12-07T12:24:35.161Z','2026-12-07T12:24:35.161Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','acta_junta_publicada',-1,'"si"',NULL,'2026-12-07T12:24:35.074Z','2026-12-07T12:24:35.074Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','apertura_publica',-1,'"si"',NULL,'2026-12-07T12:24:35.078Z','2026-12-07T12:24:35.078Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','asistentes_junta',-1,'3',NULL,'2026-12-07T12:24:35.075Z','2026-12-07T12:24:35.075Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-12-07T12:24:35.076Z','2026-12-07T12:24:35.076Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','convocatoria_publicada',-1,'"si"',NULL,'2026-12-07T12:24:35.068Z','2026-12-07T12:24:35.068Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','especificaciones_dirigidas',-1,'"no"',NULL,'2026-12-07T12:24:35.072Z','2026-12-07T12:24:35.072Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-12-07T12:24:35.071Z','2026-12-07T12:24:35.071Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-12-07T12:24:35.069Z','2026-12-07T12:24:35.069Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','indicios_colusion',-1,'"no"',NULL,'2026-12-07T12:24:35.080Z','2026-12-07T12:24:35.080Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-07T12:24:35.073Z','2026-12-07T12:24:35.073Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-12-07T12:24:35.077Z','2026-12-07T12:24:35.077Z');
INSERT INTO "answers" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','propuesta_extemporanea',-1,'"no"',NULL,'2026-12-07T12:24:35.079Z','2026-12-07T12:24:35.079Z');
INSERT INTO "answers" VALUES('67c47064-f326-4d72-b52c-b45ec12f07b9','dictamen_comite',-1,'"si"',NULL,'2026-12-07T12:24:35.097Z','2026-12-07T12:24:35.097Z');
INSERT INTO "answers" VALUES('67c47064-f326-4d72-b52c-b45ec12f07b9','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-12-07T12:24:35.087Z','2026-12-07T12:24:35.087Z');
INSERT INTO "answers" VALUES('67c47064-f326-4d72-b52c-b45ec12f07b9','especificaciones_dirigidas',-1,'"si"',NULL,'2026-12-07T12:24:35.082Z','2026-12-07T12:24:35.082Z');
INSERT INTO "answers" VALUES('67c47064-f326-4d72-b52c-b45ec12f07b9','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-07T12:24:35.091Z','2026-12-07T12:24:35.091Z');
INSERT INTO "answers" VALUES('67c47064-f326-4d72-b52c-b45ec12f07b9','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-12-07T12:24:35.093Z','2026-12-07T12:24:35.093Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','avance_financiero_pagado',-1,'68',NULL,'2026-12-07T12:24:35.118Z','2026-12-07T12:24:35.118Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-12-07T12:24:35.117Z','2026-12-07T12:24:35.117Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','avance_fisico_reportado',-1,'70',NULL,'2026-12-07T12:24:35.117Z','2026-12-07T12:24:35.117Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','bitacora_al_dia',-1,'"si"',NULL,'2026-12-07T12:24:35.115Z','2026-12-07T12:24:35.115Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','estado_programa',-1,'"atrasada"',NULL,'2026-12-07T12:24:35.119Z','2026-12-07T12:24:35.119Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','expediente_disponible',-1,'"si"',NULL,'2026-12-07T12:24:35.113Z','2026-12-07T12:24:35.113Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-12-07T12:24:35.116Z','2026-12-07T12:24:35.116Z');
INSERT INTO "answers" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-12-07T12:24:35.114Z','2026-12-07T12:24:35.114Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','acta_entrega_recepcion',-1,'"si"',NULL,'2026-12-07T12:24:35.227Z','2026-12-07T12:24:35.227Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','anticipo_amortizado',-1,'"si"',NULL,'2026-12-07T12:24:35.222Z','2026-12-07T12:24:35.222Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','avance_financiero_pagado',-1,'100',NULL,'2026-12-07T12:24:35.207Z','2026-12-07T12:24:35.207Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','avance_fisico_observado',-1,'100',NULL,'2026-12-07T12:24:35.203Z','2026-12-07T12:24:35.203Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','avance_fisico_reportado',-1,'100',NULL,'2026-12-07T12:24:35.204Z','2026-12-07T12:24:35.204Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','bitacora_al_dia',-1,'"si"',NULL,'2026-12-07T12:24:35.199Z','2026-12-07T12:24:35.199Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','cantidades_coinciden',-1,'"si"',NULL,'2026-12-07T12:24:35.213Z','2026-12-07T12:24:35.213Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','comite_contraloria_social',-1,'"si"',NULL,'2026-12-07T12:24:35.223Z','2026-12-07T12:24:35.223Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','convenios_modificatorios',-1,'"no"',NULL,'2026-12-07T12:24:35.221Z','2026-12-07T12:24:35.221Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','defectos_visibles',-1,'"ninguno"',NULL,'2026-12-07T12:24:35.218Z','2026-12-07T12:24:35.218Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','estado_programa',-1,'"terminada"',NULL,'2026-12-07T12:24:35.211Z','2026-12-07T12:24:35.211Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','expediente_disponible',-1,'"si"',NULL,'2026-12-07T12:24:35.191Z','2026-12-07T12:24:35.191Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-12-07T12:24:35.200Z','2026-12-07T12:24:35.200Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','letrero_obra',-1,'"si"',NULL,'2026-12-07T12:24:35.195Z','2026-12-07T12:24:35.195Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','materiales_conformes',-1,'"si"',NULL,'2026-12-07T12:24:35.215Z','2026-12-07T12:24:35.215Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','obra_en_uso',-1,'"si"',NULL,'2026-12-07T12:24:35.230Z','2026-12-07T12:24:35.230Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-12-07T12:24:35.235Z','2026-12-07T12:24:35.235Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','pruebas_laboratorio',-1,'"si"',NULL,'2026-12-07T12:24:35.220Z','2026-12-07T12:24:35.220Z');
INSERT INTO "answers" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','quejas_vecinos',-1,'"no"',NULL,'2026-12-07T12:24:35.224Z','2026-12-07T12:24:35.224Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','avance_obra_publicado',-1,'"si"',NULL,'2026-12-07T12:24:35.142Z','2026-12-07T12:24:35.142Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','contrato_en_sipot',-1,'"si"',NULL,'2026-12-07T12:24:35.133Z','2026-12-07T12:24:35.133Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','enlace_convocatoria',-1,'"si"',NULL,'2026-12-07T12:24:35.136Z','2026-12-07T12:24:35.136Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','enlace_dictamen',-1,'"no"',NULL,'2026-12-07T12:24:35.138Z','2026-12-07T12:24:35.138Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','enlace_fallo',-1,'"si"',NULL,'2026-12-07T12:24:35.137Z','2026-12-07T12:24:35.137Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-12-07T12:24:35.136Z','2026-12-07T12:24:35.136Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','finiquito_publicado',-1,'"na"',NULL,'2026-12-07T12:24:35.144Z','2026-12-07T12:24:35.144Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','formato_datos',-1,'"abierto"',NULL,'2026-12-07T12:24:35.147Z','2026-12-07T12:24:35.147Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','lista_asistentes_publicada',-1,'"si"',NULL,'2026-12-07T12:24:35.140Z','2026-12-07T12:24:35.140Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','listado_obras_publicado',-1,'"si"',NULL,'2026-12-07T12:24:35.146Z','2026-12-07T12:24:35.146Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-12-07T12:24:35.145Z','2026-12-07T12:24:35.145Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-12-07T12:24:35.140Z','2026-12-07T12:24:35.140Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-12-07T12:24:35.148Z','2026-12-07T12:24:35.148Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','padron_proveedores_publicado',-1,'"si"',NULL,'2026-12-07T12:24:35.146Z','2026-12-07T12:24:35.146Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','partida_origen_publicados',-1,'"si"',NULL,'2026-12-07T12:24:35.142Z','2026-12-07T12:24:35.142Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','recepcion_obra_publicada',-1,'"na"',NULL,'2026-12-07T12:24:35.143Z','2026-12-07T12:24:35.143Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-12-07T12:24:35.134Z','2026-12-07T12:24:35.134Z');
INSERT INTO "answers" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','version_publica_contrato',-1,'"si"',NULL,'2026-12-07T12:24:35.141Z','2026-12-07T12:24:35.141Z');
CREATE TABLE audits (
    id TEXT PRIMARY KEY,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    form_sha256 TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft', 'finalized', 'signed', 'queued', 'delivered', 'approved', 'returned')),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    supersedes TEXT REFERENCES audits(id),
    superseded_by TEXT REFERENCES audits(id),
    header TEXT NOT NULL DEFAULT '{}',
    repeat_counts TEXT NOT NULL DEFAULT '{}',
    title TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    event_date TEXT,
    observer_code TEXT,
    observer TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalized_at TEXT,
    finalized_sha256 TEXT,
    log_head TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    log_count INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (form_id, form_version) REFERENCES checklists(form_id, version)
);
INSERT INTO "audits" VALUES('583bdd22-a90b-41a1-839f-e18ff2cc54b2','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','583bdd22-a90b-41a1-839f-e18ff2cc54b2 procedimiento_contratacion observacion de procedimiento de contratacion lp-mch-adq-014-2026 — adquisicion de uniformes para la secretaria de seguridad publica lp-mch-adq-014-2026 direccion de recursos materiales adquisicion de uniformes para la secretaria de seguridad publica licitacion publica nacional municipal 4850000 presentacion y apertura de proposiciones 2026-10-14 sala de juntas del comite de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','{}','2026-12-07T12:24:35.050Z','2026-12-07T12:24:35.080Z',NULL,NULL,'58c26c330cb8e1044b98e98a8282803705f23c7c3950b4a2fa8c6ee1ecb157c0',15);
INSERT INTO "audits" VALUES('67c47064-f326-4d72-b52c-b45ec12f07b9','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','67c47064-f326-4d72-b52c-b45ec12f07b9 procedimiento_contratacion observacion de procedimiento de contratacion ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 direccion de alumbrado publico mantenimiento correctivo de luminarias en el sector poniente adjudicacion directa nacional estatal 1280000 lectura o notificacion del fallo 2026-11-05 oficinas de la direccion de alumbrado publico no','2026-11-05','DEMO-001','{}','2026-12-07T12:24:35.081Z','2026-12-07T12:24:35.098Z',NULL,NULL,'0560a927526d1f550fac94c70219dee39ac167eb2248fb08d6fc4244c269e85c',8);
INSERT INTO "audits" VALUES('b6e63bc6-91d8-44af-a928-ff16ce5a50f5','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','b6e63bc6-91d8-44af-a928-ff16ce5a50f5 visita_obra_publica visita de verificacion de obra publica op-mch-fism-007-2026 — pavimentacion con concreto hidraulico de la calle libertad op-mch-fism-007-2026 pavimentacion con concreto hidraulico de la calle libertad calle libertad entre av. tecnologico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chavez dominguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','{}','2026-12-07T12:24:35.099Z','2026-12-07T12:24:35.119Z',NULL,NULL,'d9cdaedab18e3e2a91557c059063065be4ad99c586f01700a9609c0ab28e63d2',11);
INSERT INTO "audits" VALUES('eb629917-4c7e-44e2-87ab-914c82c704f5','transparencia_contratacion',2,'689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','eb629917-4c7e-44e2-87ab-914c82c704f5 transparencia_contratacion revision de transparencia de la contratacion lp-mch-op-009-2026 — rehabilitacion del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 direccion de obras publicas rehabilitacion del parque los nogales obra publica licitacion publica urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-07T12:24:35.120Z','2026-12-07T12:24:35.149Z','2026-12-07T12:24:35.149Z','9fac49cf67736d858fb4c23f300765f352ace0cac08232160799755a66ec29a7','b3b95c36ad16c60eecf09e871d4f0ad37ca528475524b9c7239882383f860cd1',21);
INSERT INTO "audits" VALUES('2271eaa6-e46d-4930-9ddb-0643c9be3764','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','2271eaa6-e46d-4930-9ddb-0643c9be3764 seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rapida de empresas 2 apertura rapida de empresas primer plan de accion local de gobierno abierto de chihuahua direccion de desarrollo economico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba mas de 30 dias habiles. acceso a la informacion rendicion de cuentas','2025-03-01','DEMO-001','{}','2026-12-07T12:24:35.150Z','2026-12-07T12:24:35.181Z',NULL,NULL,'bd3b05f3800d1df7c443088cea91c7ca962b9b0a77702c327ed5e469a965ff6b',18);
INSERT INTO "audits" VALUES('dce10f05-d1e3-4591-a635-d6a3f80aa476','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','dce10f05-d1e3-4591-a635-d6a3f80aa476 visita_obra_publica visita de verificacion de obra publica op-mch-rp-021-2026 — construccion de techumbre en cancha de usos multiples op-mch-rp-021-2026 construccion de techumbre en cancha de usos multiples escuela primaria benito juarez, localidad el sauz estructuras metalicas cuauhtemoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-07T12:24:35.183Z','2026-12-07T12:24:35.698Z','2026-12-07T12:24:35.698Z','ea36893c9caae66432fd5f8dd3f0fbc2b76a6df0bca9c1dff4f6f4eec8c1a8da','73918d510cacd68511289ee8169b9cd4785056589a34c68ddfcb16e90ab6150a',24);
CREATE TABLE checklists (
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (form_id, version)
);
INSERT INTO "checklists" VALUES('procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','Observación de procedimiento de contratación','# Lista de verificación 1 — Observación de procedimiento de contratación.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 1".
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Las señales de alerta son avisos para revisar, nunca prueba de una falta.
#
# Los plazos y umbrales viven en `constants:` para que el OIC pueda
# ajustarlos sin tocar las reglas. Los marcados [verificar] no se han
# confirmado en el texto legal.

id: procedimiento_contratacion
version: 2
title:
  es: Observación de procedimiento de contratación
  en: Procurement procedure observation
description:
  es: >-
    Guía para observar en persona un evento de un procedimiento de
    adquisición, arrendamiento o servicio (junta de aclaraciones, apertura de
    proposiciones, fallo, firma del contrato) y revisar su expediente.
    Conteste solo lo que pudo constatar; deje en blanco lo que no sepa.
  en: >-
    Guide to observe in person an event of a procurement procedure and review
    its file. Answer only what you could verify; leave blank what you do not know.

constants:
  # Días naturales mínimos entre la publicación de la convocatoria y la
  # apertura de proposiciones en procedimientos abiertos. [verificar plazo legal]
  plazo_minimo_dias: 15
  # Con esta cantidad de proposiciones o menos se considera baja competencia.
  max_proposiciones_baja_competencia: 3
  # Precio no aceptable: más de este porcentaje por encima de la referencia
  # de la investigación de mercado (LAASSP 2025).
  umbral_precio_no_aceptable_pct: 10
  # Precio no conveniente: este porcentaje o más por debajo de la referencia
  # de la investigación de mercado (LAASSP 2025).
  umbral_precio_no_conveniente_pct: 40

header:
  - id: numero_procedimiento
    type: text
    required: true
    max_length: 200
    label:
      es: Número del procedimiento
      en: Procedure number
    help:
      es: Tal como aparece en la convocatoria o en la invitación (por ejemplo, LA-MCH-001-2025).
  - id: unidad_convocante
    type: text
    required: true
    max_length: 300
    label:
      es: Unidad convocante
      en: Convening unit
    help:
      es: Dependencia o área del municipio que lleva el procedimiento.
  - id: objeto_contratacion
    type: text
    multiline: true
    max_length: 2000
    label:
      es: Objeto de la contratación
      en: Subject of the contract
    help:
      es: Qué se compra, arrienda o contrata, en pocas palabras.
  - id: tipo_procedimiento
    type: single_choice
    required: true
    label:
      es: Tipo de procedimiento
      en: Procedure type
    options:
      - id: licitacion_publica
        label: {es: "Licitación pública", en: "Open tender"}
      - id: invitacion_tres
        label: {es: "Invitación a cuando menos tres personas", en: "Invitation to at least three bidders"}
      - id: adjudicacion_directa
        label: {es: "Adjudicación directa", en: "Direct award"}
      - id: subasta_inversa
        label: {es: "Subasta inversa", en: "Reverse auction"}
      - id: dialogo_competitivo
        label: {es: "Diálogo competitivo", en: "Competitive dialogue"}
      - id: adjudicacion_directa_negociacion
        label: {es: "Adjudicación directa con estrategia de negociación", en: "Direct award with negotiation strategy"}
  - id: caracter
    type: single_choice
    label:
      es: Carácter del procedimiento
      en: Scope
    options:
      - id: nacional
        label: {es: "Nacional", en: "National"}
      - id: internacional
        label: {es: "Internacional", en: "International"}
  - id: origen_recursos
    type: single_choice
    required: true
    label:
      es: Origen de los recursos
      en: Source of funds
    help:
      es: >-
        Si el dinero es federal, aplican las reglas federales (LAASSP); si es
        estatal o municipal, la Ley de Adquisiciones, Arrendamientos y
        Contratación de Servicios del Estado de Chihuahua.
    options:
      - id: municipal
        label: {es: "Municipal", en: "Municipal"}
      - id: estatal
        label: {es: "Estatal", en: "State"}
      - id: federal
        label: {es: "Federal", en: "Federal"}
  - id: monto_estimado
    type: number
    min: 0
    unit: MXN
    label:
      es: Monto estimado o presupuesto autorizado
      en: Estimated amount or authorized budget
    help:
      es: En pesos, con IVA si así aparece en la convocatoria o en la suficiencia presupuestal.
  - id: evento_observado
    type: single_choice
    required: true
    label:
      es: Evento observado
      en: Event observed
    options:
      - id: junta_aclaraciones
        label: {es: "Junta de aclaraciones", en: "Clarification meeting"}
      - id: visita_sitio
        label: {es: "Visita al sitio", en: "Site visit"}
      - id: apertura_proposiciones
        label: {es: "Presentación y apertura de proposiciones", en: "Bid opening"}
      - id: evaluacion_dictamen
        label: {es: "Evaluación y dictamen", en: "Evaluation"}
      - id: sesion_comite
        label: {es: "Sesión del Comité de Adquisiciones", en: "Procurement Committee session"}
      - id: fallo
        label: {es: "Lectura o notificación del fallo", en: "Award decision"}
      - id: firma_contrato
        label: {es: "Firma del contrato", en: "Contract signature"}
      - id: entrega_recepcion
        label: {es: "Entrega y recepción de bienes o servicios", en: "Delivery and acceptance"}
      - id: revision_expediente
        label: {es: "Revisión del expediente", en: "File review"}
      - id: otro_evento
        label: {es: "Otro", en: "Other"}
  - id: fecha_evento
    type: date
    required: true
    label:
      es: Fecha del evento
      en: Event date
  - id: lugar
    type: text
    max_length: 500
    label:
      es: Lugar del evento
      en: Place
    help:
      es: Domicilio o sala; si fue en línea, la plataforma utilizada.
  - id: testigo_social
    type: yes_no
    label:
      es: ¿Estuvo presente un testigo social?
      en: Was a social witness present?

sections:
  - id: etapa_convocatoria
    title:
      es: Convocatoria y preparación
      en: Call for tenders and preparation
    questions:
      # 1
      - id: convocatoria_publicada
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿La convocatoria (o invitación) se publicó en la plataforma oficial o en el portal estatal o municipal?
          en: Was the call (or invitation) published on the official platform or the state/municipal portal?
        help:
          es: >-
            Busque el número de procedimiento en ComprasMX (antes CompraNet) si
            hay recursos federales, o en el portal de transparencia o de
            compras del Estado o del Municipio. Guarde una captura de pantalla
            con la dirección (URL) y la fecha de consulta.
        evidence: document
        evidence_required: "convocatoria_publicada == ''no''"
        red_flags:
          - id: rf_convocatoria_no_publicada
            when: "convocatoria_publicada == ''no''"
            severity: alta
            title:
              es: La convocatoria no se publicó en la plataforma oficial
              en: The call was not published on the official platform
            description:
              es: Sin publicación no hay competencia abierta y el procedimiento puede ser nulo.
            recommendation:
              es: >-
                Adjunte la captura de la búsqueda sin resultados, pregunte a la
                convocante dónde se difundió y anótelo en observaciones.
      # 2
      - id: fecha_publicacion_convocatoria
        type: date
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: Fecha de publicación de la convocatoria
          en: Publication date of the call
        help:
          es: La que aparece en la plataforma o en el Periódico Oficial, no la de elaboración del documento.
        evidence: document
      - id: fecha_apertura_proposiciones
        type: date
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: Fecha del acto de presentación y apertura de proposiciones
          en: Bid opening date
        # [verificar] plazo mínimo legal para preparar ofertas (referencia: 15 días)
        help:
          es: >-
            Con ambas fechas la aplicación calcula el plazo para preparar
            ofertas; la referencia usada es de 15 días naturales, fijada por el
            OIC.
        evidence: document
      # 3
      - id: especificaciones_dirigidas
        type: yes_no_na
        required: true
        label:
          es: ¿Las especificaciones piden una marca o parecen hechas a la medida de un proveedor?
          en: Do the specifications name a brand or seem tailored to one supplier?
        help:
          es: >-
            Señales: marca o modelo sin la leyenda «o equivalente», medidas o
            características que solo cumple un producto, experiencia o
            certificaciones desproporcionadas para lo que se compra.
        evidence: document
        red_flags:
          - id: rf_especificaciones_dirigidas
            when: "especificaciones_dirigidas == ''si''"
            severity: media
            title:
              es: Especificaciones con marca o a la medida de un proveedor
              en: Brand-specific or tailored specifications
            recommendation:
              es: Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.
      - id: especificaciones_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "especificaciones_dirigidas == ''si''"
        label:
          es: ¿Qué requisito o especificación limita la competencia?
          en: Which requirement limits competition?
      # 4
      - id: investigacion_mercado_suficiencia
        type: yes_no_na
        required: true
        label:
          es: ¿El expediente contiene la investigación de mercado y la suficiencia presupuestal?
          en: Does the file contain the market research and the budget availability?
        help:
          es: >-
            La investigación de mercado debe mostrar al menos las cotizaciones
            o fuentes consultadas; la suficiencia presupuestal es el oficio que
            confirma que hay dinero en la partida.
        evidence: document
        red_flags:
          - id: rf_sin_investigacion_o_suficiencia
            when: "investigacion_mercado_suficiencia == ''no''"
            severity: media
            title:
              es: Falta la investigación de mercado o la suficiencia presupuestal
              en: Market research or budget availability missing
            recommendation:
              es: Solicite ambos documentos a la convocante y anote la respuesta en observaciones.

  - id: etapa_junta
    title:
      es: Junta de aclaraciones
      en: Clarification meeting
    relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
    questions:
      # 5
      - id: acta_junta_publicada
        type: yes_no_na
        required: true
        label:
          es: ¿El acta de la junta de aclaraciones está firmada y publicada?
          en: Are the minutes of the clarification meeting signed and published?
        help:
          es: Elija «No aplica» si la convocatoria no previó junta de aclaraciones.
        evidence: document
        red_flags:
          - id: rf_acta_junta_no_publicada
            when: "acta_junta_publicada == ''no''"
            severity: media
            title:
              es: El acta de la junta de aclaraciones no está firmada o no se publicó
              en: Clarification minutes not signed or not published
            recommendation:
              es: Solicite el acta y anótelo en observaciones.
      # 6
      - id: asistentes_junta
        type: number
        integer: true
        min: 0
        unit: personas
        label:
          es: Número de licitantes asistentes a la junta de aclaraciones
          en: Number of bidders attending the clarification meeting
        evidence: document
      - id: cambios_requisitos_fondo
        type: yes_no_na
        required: true
        label:
          es: ¿Las respuestas de la junta cambiaron requisitos de fondo de la convocatoria?
          en: Did the answers change substantive requirements of the call?
        help:
          es: >-
            Por ejemplo: cambian el objeto, las cantidades, las
            especificaciones técnicas o los criterios de evaluación, en lugar
            de solo aclararlos.
        evidence: document
        red_flags:
          - id: rf_cambios_requisitos_fondo
            when: "cambios_requisitos_fondo == ''si''"
            severity: media
            title:
              es: La junta de aclaraciones modificó requisitos de fondo
              en: The clarification meeting changed substantive requirements
            recommendation:
              es: Anote qué requisito cambió y si se dio plazo adicional a los licitantes.

  - id: etapa_apertura
    title:
      es: Presentación y apertura de proposiciones
      en: Bid submission and opening
    questions:
      # 7
      - id: numero_proposiciones
        type: number
        integer: true
        min: 0
        unit: proposiciones
        label:
          es: Número de proposiciones recibidas
          en: Number of bids received
        help:
          es: >-
            En adjudicación directa anote las cotizaciones recibidas; las
            alertas de poca competencia no se aplican a ese tipo de procedimiento.
        evidence: document
        evidence_required: "numero_proposiciones == 1 and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        red_flags:
          - id: rf_proposicion_unica
            when: "numero_proposiciones == 1 and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: alta
            title:
              es: Se recibió una sola proposición
              en: Only one bid received
            description:
              es: Una sola oferta en un procedimiento competitivo puede indicar requisitos restrictivos o acuerdos entre empresas.
            recommendation:
              es: Adjunte el acta de apertura y revise si la convocatoria tuvo requisitos que alejaron a otros licitantes.
          - id: rf_pocas_proposiciones
            when: "numero_proposiciones > 1 and numero_proposiciones <= max_proposiciones_baja_competencia and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: media
            title:
              es: Baja competencia (pocas proposiciones)
              en: Low competition (few bids)
            recommendation:
              es: Anote los licitantes participantes y compárelos con los de procedimientos similares.
      # 8
      - id: apertura_publica
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿La apertura fue pública, en la fecha y hora programadas y con acceso para el observador?
          en: Was the opening public, on schedule and open to the observer?
        evidence: none
        red_flags:
          - id: rf_apertura_no_publica
            when: "apertura_publica == ''no''"
            severity: alta
            title:
              es: La apertura no fue pública, no fue en la fecha y hora programadas o se impidió el acceso al observador
              en: Opening not public, off schedule or observer denied access
            recommendation:
              es: Anote la hora real, quién le negó el acceso y el motivo que le dieron; avise al OIC ese mismo día.
      # 9
      - id: propuesta_extemporanea
        type: yes_no_na
        required: true
        label:
          es: ¿Se aceptó alguna proposición entregada fuera del plazo?
          en: Was any bid accepted after the deadline?
        evidence: document
        evidence_required: "propuesta_extemporanea == ''si''"
        red_flags:
          - id: rf_propuesta_extemporanea
            when: "propuesta_extemporanea == ''si''"
            severity: alta
            title:
              es: Se aceptó una proposición fuera de plazo
              en: A late bid was accepted
            recommendation:
              es: Anote la hora de entrega y de cierre; si esa proposición ganó, señálelo en observaciones.
      # 10
      - id: indicios_colusion
        type: yes_no_na
        required: true
        label:
          es: ¿Hay precios idénticos o domicilio, teléfono o correo compartidos entre licitantes?
          en: Are there identical prices or a shared address, phone or email among bidders?
        help:
          es: >-
            Compare los precios unitarios y los datos de contacto de las
            proposiciones y del registro de proveedores. Un mismo representante
            o apoderado para dos empresas también cuenta.
        evidence: document
        evidence_required: "indicios_colusion == ''si''"
        red_flags:
          - id: rf_indicios_colusion
            when: "indicios_colusion == ''si''"
            severity: alta
            title:
              es: Precios idénticos o datos de contacto compartidos entre licitantes
              en: Identical prices or shared contact details among bidders
            description:
              es: Puede indicar acuerdos entre licitantes o proposiciones de cobertura.
            recommendation:
              es: Adjunte las páginas donde coinciden los datos y escale el caso al OIC.

  - id: etapa_evaluacion_fallo
    title:
      es: Evaluación y fallo
      en: Evaluation and award
    questions:
      # 11
      - id: numero_descalificadas
        type: number
        integer: true
        min: 0
        unit: proposiciones
        label:
          es: Número de proposiciones descalificadas o desechadas
          en: Number of bids disqualified
        evidence: document
      - id: descalificacion_sospechosa
        type: yes_no_na
        required: true
        relevant: "numero_descalificadas > 0"
        label:
          es: ¿Se descalificó la proposición más baja (con el precio como único criterio) o a todas menos la ganadora?
          en: Was the lowest bid disqualified (price-only award) or every bid but the winner''s?
        help:
          es: Revise en el dictamen o en el fallo los motivos de descalificación de cada licitante.
        evidence: document
        evidence_required: "descalificacion_sospechosa == ''si''"
        red_flags:
          - id: rf_descalificacion_sospechosa
            when: "descalificacion_sospechosa == ''si''"
            severity: alta
            title:
              es: Se descalificó la oferta más baja o a todos menos al ganador
              en: Lowest bid or all but the winner disqualified
            recommendation:
              es: Adjunte el dictamen y anote si los motivos de descalificación son formales o de fondo.
      # 12
      - id: monto_adjudicado
        type: number
        min: 0
        unit: MXN
        label:
          es: Monto adjudicado
          en: Amount awarded
        help:
          es: Con el precio de referencia de la pregunta siguiente, la aplicación calcula la diferencia porcentual.
        evidence: document
        evidence_required: "percent_diff(monto_adjudicado, precio_referencia_mercado) > umbral_precio_no_aceptable_pct or percent_diff(monto_adjudicado, precio_referencia_mercado) <= -umbral_precio_no_conveniente_pct"
      - id: precio_referencia_mercado
        type: number
        min: 0
        unit: MXN
        label:
          es: Precio de referencia de la investigación de mercado (mediana o promedio)
          en: Market research reference price (median or average)
        help:
          es: >-
            Use el mismo alcance que el monto adjudicado (con o sin IVA). La
            ley federal llama «precio no aceptable» al que supera en más de
            10 % la mediana de la investigación de mercado, y «precio no
            conveniente» al que está 40 % o más por debajo del promedio.
        evidence: document
      # 13
      - id: fallo_en_fecha
        type: yes_no_na
        required: true
        label:
          es: ¿El fallo se dio en la fecha programada?
          en: Was the award issued on the scheduled date?
        evidence: document
        red_flags:
          - id: rf_fallo_fuera_de_fecha
            when: "fallo_en_fecha == ''no''"
            severity: media
            title:
              es: El fallo se difirió de la fecha programada
              en: The award was postponed
            recommendation:
              es: Pida el acta de diferimiento con su justificación y anote los días de retraso.
      - id: dias_retraso_fallo
        type: number
        required: true
        integer: true
        min: 0
        unit: días
        relevant: "fallo_en_fecha == ''no''"
        label:
          es: Días de retraso del fallo
          en: Days of delay

  - id: etapa_contrato
    title:
      es: Contrato y proveedor
      en: Contract and supplier
    questions:
      # 14
      - id: contrato_coincide_fallo
        type: yes_no_na
        required: true
        label:
          es: ¿El contrato coincide con el fallo en monto, objeto y vigencia?
          en: Does the contract match the award in amount, subject and term?
        evidence: document
        evidence_required: "contrato_coincide_fallo == ''no''"
        red_flags:
          - id: rf_contrato_difiere_fallo
            when: "contrato_coincide_fallo == ''no''"
            severity: alta
            title:
              es: El contrato no coincide con el fallo
              en: The contract differs from the award
            recommendation:
              es: Adjunte ambos documentos y anote qué dato cambió (monto, objeto o vigencia).
      # 15
      - id: garantia_cumplimiento
        type: yes_no_na
        required: true
        label:
          es: ¿El proveedor entregó la garantía de cumplimiento?
          en: Did the supplier provide the performance bond?
        help:
          es: Elija «No aplica» si el contrato la exceptúa conforme a la ley.
        evidence: document
        red_flags:
          - id: rf_sin_garantia_cumplimiento
            when: "garantia_cumplimiento == ''no''"
            severity: media
            title:
              es: No se entregó la garantía de cumplimiento
              en: No performance bond
            recommendation:
              es: Pregunte a la convocante si hay excepción fundada y anote la respuesta.
      # 16
      - id: proveedor_riesgo
        type: yes_no_na
        required: true
        label:
          es: ¿El proveedor está en la lista del SAT 69-B, está sancionado o se constituyó hace menos de un año?
          en: Is the supplier on the SAT 69-B list, sanctioned, or less than a year old?
        help:
          es: >-
            Consulte la lista de contribuyentes con operaciones presuntamente
            inexistentes (artículo 69-B del Código Fiscal de la Federación), el
            directorio de proveedores y contratistas sancionados, y la fecha
            del acta constitutiva o del Registro Público de Comercio.
        evidence: document
        evidence_required: "proveedor_riesgo == ''si''"
        red_flags:
          - id: rf_proveedor_riesgo
            when: "proveedor_riesgo == ''si''"
            severity: alta
            title:
              es: Proveedor en lista 69-B, sancionado o de reciente creación
              en: Supplier on the 69-B list, sanctioned or newly created
            recommendation:
              es: Adjunte la captura de la consulta con la fecha y escale el caso al OIC.
      # 18
      - id: contratos_fraccionados
        type: yes_no_na
        required: true
        label:
          es: ¿Hay contratos fraccionados (mismo proveedor u objeto que juntos superan el umbral del procedimiento)?
          en: Are there split contracts (same supplier or subject adding up above the threshold)?
        # [verificar] montos máximos por procedimiento del presupuesto de egresos vigente
        help:
          es: >-
            Busque en el padrón de contratos del mismo periodo compras
            parecidas al mismo proveedor que, sumadas, habrían exigido
            licitación o invitación. Los montos máximos los fija cada año el
            presupuesto de egresos.
        evidence: document
        evidence_required: "contratos_fraccionados == ''si''"
        red_flags:
          - id: rf_contratos_fraccionados
            when: "contratos_fraccionados == ''si''"
            severity: alta
            title:
              es: Posible fraccionamiento de contratos
              en: Possible contract splitting
            recommendation:
              es: Liste los contratos relacionados (número, fecha, monto) en observaciones y adjunte la consulta.

  - id: excepcion_licitacion
    title:
      es: Excepción a la licitación (adjudicación directa o invitación)
      en: Exception to open tender (direct award or invitation)
    relevant: "tipo_procedimiento in [''adjudicacion_directa'', ''invitacion_tres'', ''adjudicacion_directa_negociacion'']"
    questions:
      # 17
      - id: supuesto_excepcion
        type: single_choice
        required: true
        label:
          es: Supuesto legal invocado para no licitar
          en: Legal ground invoked to avoid an open tender
        help:
          es: Según el dictamen o el oficio de justificación. Anote el artículo y la fracción en la pregunta siguiente.
        evidence: document
        options:
          - id: monto_dentro_de_limites
            label: {es: "Monto dentro de los límites del presupuesto de egresos", en: "Amount within budget-law limits"}
          - id: proveedor_unico
            label: {es: "Un solo proveedor, patente o derechos exclusivos", en: "Single supplier, patent or exclusive rights"}
          - id: caso_fortuito
            label: {es: "Caso fortuito, fuerza mayor o emergencia", en: "Force majeure or emergency"}
          - id: licitacion_desierta
            label: {es: "Licitación declarada desierta", en: "Tender declared void"}
          - id: rescision_contrato
            label: {es: "Rescisión de un contrato anterior", en: "Termination of a previous contract"}
          - id: seguridad
            label: {es: "Seguridad pública o información reservada", en: "Public security or classified information"}
          - id: otro_supuesto
            label: {es: "Otro", en: "Other"}
      - id: supuesto_fundamento
        type: text
        max_length: 500
        label:
          es: Artículo y fracción citados
          en: Article cited
      - id: dictamen_comite
        type: yes_no
        required: true
        label:
          es: ¿El Comité aprobó el dictamen de excepción a la licitación?
          en: Did the Committee approve the exception ruling?
        help:
          es: Pida el acta de la sesión del Comité de Adquisiciones donde se dictaminó la excepción.
        evidence: document
        evidence_required: "dictamen_comite == ''no''"
        red_flags:
          - id: rf_excepcion_sin_dictamen
            when: "dictamen_comite == ''no''"
            severity: alta
            title:
              es: Excepción a la licitación sin dictamen aprobado por el Comité
              en: Exception to open tender without Committee approval
            recommendation:
              es: Solicite el acta del Comité; si no existe, anótelo en observaciones y escale el caso al OIC.

  - id: cierre_observaciones
    title:
      es: Observaciones
      en: Remarks
    questions:
      # 19
      - id: observaciones_observador
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Observaciones del observador
          en: Observer''s remarks
        help:
          es: Hechos, no opiniones. Anote hora, persona y documento cuando los tenga.
      - id: respuesta_convocante
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Respuesta de la convocante
          en: Convening unit''s response
        help:
          es: Lo que respondió la convocante a sus observaciones, por escrito o en el acta.
        evidence: document

rules:
  - id: rf_plazo_convocatoria_corto
    when: "tipo_procedimiento in [''licitacion_publica'', ''subasta_inversa'', ''dialogo_competitivo''] and days_between(fecha_publicacion_convocatoria, fecha_apertura_proposiciones) < plazo_minimo_dias"
    severity: media
    title:
      es: Plazo corto entre la publicación de la convocatoria y la apertura
      en: Short period between publication and bid opening
    description:
      es: >-
        Un plazo corto reduce el número de licitantes que pueden preparar una
        oferta. El plazo legal aplicable está por confirmar y puede reducirse
        con justificación.
    recommendation:
      es: Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.
  - id: rf_precio_no_aceptable
    when: "percent_diff(monto_adjudicado, precio_referencia_mercado) > umbral_precio_no_aceptable_pct"
    severity: alta
    title:
      es: Monto adjudicado muy por encima de la investigación de mercado (precio no aceptable)
      en: Award well above market research (unacceptable price)
    recommendation:
      es: Adjunte la investigación de mercado y el fallo; pregunte cómo se justificó el precio.
  - id: rf_precio_no_conveniente
    when: "percent_diff(monto_adjudicado, precio_referencia_mercado) <= -umbral_precio_no_conveniente_pct"
    severity: alta
    title:
      es: Monto adjudicado muy por debajo de la investigación de mercado (precio no conveniente)
      en: Award far below market research (unreasonably low price)
    description:
      es: Un precio demasiado bajo puede anticipar incumplimiento, mala calidad o convenios posteriores para aumentarlo.
    recommendation:
      es: Adjunte la investigación de mercado y el fallo; dé seguimiento a posibles convenios modificatorios.
  - id: rf_monto_supera_estimado
    when: "monto_adjudicado > monto_estimado"
    severity: media
    title:
      es: El monto adjudicado supera el monto estimado
      en: Award exceeds the estimated amount
    recommendation:
      es: Pregunte si hubo ampliación de la suficiencia presupuestal y adjunte el oficio.
  - id: rf_todas_descalificadas_menos_ganadora
    when: "numero_proposiciones >= 2 and numero_descalificadas == numero_proposiciones - 1 and descalificacion_sospechosa != ''si''"
    severity: alta
    title:
      es: Se descalificó a todas las proposiciones menos a la ganadora
      en: Every bid but the winner''s was disqualified
    description:
      es: Se calcula con el número de proposiciones y de descalificadas; no se repite si ya marcó la pregunta de descalificación sospechosa.
    recommendation:
      es: Adjunte el dictamen y revise si los motivos de descalificación se aplicaron igual a la ganadora.
','2026-12-07T12:24:35.050Z');
INSERT INTO "checklists" VALUES('visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','Visita de verificación de obra pública','# Lista de verificación 2 — Visita de verificación de obra pública.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 2".
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Las señales de alerta son avisos para revisar, nunca prueba de una falta.
# Los umbrales viven en `constants:`; los marcados [verificar] o
# [umbral a definir] deben confirmarlos el OIC.

id: visita_obra_publica
version: 2
title:
  es: Visita de verificación de obra pública
  en: Public works site inspection
description:
  es: >-
    Guía para la visita a una obra pública: compare lo que ve en el sitio con
    el contrato, el catálogo de conceptos, la bitácora y las estimaciones
    pagadas. Tome fotografías con fecha y ubicación.
  en: >-
    Guide for a public works site visit: compare what you see with the
    contract, bill of quantities, site log and paid estimates.

constants:
  # Diferencia, en puntos porcentuales, entre el avance financiero pagado y el
  # avance físico observado a partir de la cual se levanta alerta alta.
  # [umbral a definir por el OIC]
  umbral_avance_pagado_pct: 15
  # Diferencia, en puntos porcentuales, entre el avance físico reportado por
  # la dependencia y el observado. [umbral a definir por el OIC]
  umbral_avance_reportado_pct: 15
  # Avance financiero pagado (%) que, sin acta de entrega-recepción, se
  # considera "obra pagada sin recibir".
  umbral_pago_sin_recepcion_pct: 100

header:
  - id: numero_contrato
    type: text
    required: true
    max_length: 200
    label:
      es: Número de contrato
      en: Contract number
  - id: nombre_obra
    type: text
    required: true
    multiline: true
    max_length: 2000
    label:
      es: Nombre u objeto de la obra
      en: Name or subject of the works
  - id: ubicacion
    type: text
    required: true
    max_length: 500
    label:
      es: Ubicación (calle, colonia o localidad)
      en: Location (street, neighborhood or locality)
  - id: latitud
    type: number
    min: -90
    max: 90
    label:
      es: Latitud (GPS)
      en: Latitude (GPS)
    help:
      es: En grados decimales, por ejemplo 28.6353. Se toma del teléfono o de las fotografías si tienen ubicación.
  - id: longitud
    type: number
    min: -180
    max: 180
    label:
      es: Longitud (GPS)
      en: Longitude (GPS)
    help:
      es: En grados decimales; en Chihuahua es negativa, por ejemplo -106.0889.
  - id: contratista
    type: text
    required: true
    max_length: 300
    label:
      es: Contratista
      en: Contractor
  - id: monto_contratado
    type: number
    min: 0
    unit: MXN
    label:
      es: Monto contratado
      en: Contract amount
    help:
      es: Monto del contrato original, en pesos con IVA.
  - id: fecha_inicio_contrato
    type: date
    label:
      es: Inicio del plazo de ejecución
      en: Start of execution period
  - id: fecha_fin_contrato
    type: date
    label:
      es: Fin del plazo de ejecución
      en: End of execution period
    help:
      es: La fecha de terminación del contrato original; si un convenio la amplió, anótelo en la sección de contrato y pagos.
  - id: residente_obra
    type: text
    max_length: 300
    label:
      es: Residente de obra
      en: Site engineer (residente)
    help:
      es: Servidor público que supervisa la obra por parte del municipio.
  - id: origen_recursos
    type: single_choice
    required: true
    label:
      es: Origen de los recursos
      en: Source of funds
    options:
      - id: municipal
        label: {es: "Municipal", en: "Municipal"}
      - id: estatal
        label: {es: "Estatal", en: "State"}
      - id: federal
        label: {es: "Federal", en: "Federal"}
  - id: fondo_programa
    type: text
    max_length: 300
    label:
      es: Fondo o programa
      en: Fund or program
    help:
      es: Por ejemplo, Ramo 33 (FISM-DF) o recursos propios.
  - id: fecha_visita
    type: date
    required: true
    label:
      es: Fecha de la visita
      en: Visit date

sections:
  - id: documentacion_obra
    title:
      es: Documentación en el sitio
      en: Documentation on site
    questions:
      # 1
      - id: expediente_disponible
        type: yes_no_na
        required: true
        label:
          es: ¿Está disponible el expediente unitario o el catálogo de conceptos?
          en: Is the works file or the bill of quantities available?
        help:
          es: Pídalo al residente de obra; el catálogo de conceptos es la lista de trabajos con cantidades y precios unitarios.
        evidence: document
        red_flags:
          - id: rf_sin_expediente
            when: "expediente_disponible == ''no''"
            severity: media
            title:
              es: No se mostró el expediente unitario ni el catálogo de conceptos
              en: Works file or bill of quantities not available
            recommendation:
              es: Solicítelo por escrito a la dependencia y anote la respuesta en observaciones.
      # 2
      - id: letrero_obra
        type: yes_no_na
        required: true
        label:
          es: ¿Hay letrero de obra con monto, contratista, plazo y fuente de los recursos?
          en: Is there a site sign with amount, contractor, period and source of funds?
        # [verificar] obligación de colocar el letrero y los datos que debe llevar
        help:
          es: >-
            Fotografíe el letrero completo y legible.
        evidence: photo
        red_flags:
          - id: rf_sin_letrero
            when: "letrero_obra == ''no''"
            severity: media
            title:
              es: La obra no tiene letrero o le faltan datos
              en: No site sign or incomplete sign
            recommendation:
              es: Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.
      # 3
      - id: bitacora_al_dia
        type: yes_no
        required: true
        label:
          es: ¿La bitácora de obra está abierta y al día?
          en: Is the site log open and up to date?
        help:
          es: >-
            La bitácora (convencional o electrónica) registra instrucciones,
            avances y cambios. Fotografíe la última nota o la pantalla de la
            bitácora electrónica.
        evidence: any
        evidence_required: "bitacora_al_dia == ''no''"
        red_flags:
          - id: rf_bitacora_no_al_dia
            when: "bitacora_al_dia == ''no''"
            severity: alta
            title:
              es: No hay bitácora o no está al día
              en: Site log missing or not up to date
            recommendation:
              es: Fotografíe la última nota, anote su fecha y pregunte al residente el motivo.
      - id: fecha_ultima_nota
        type: date
        label:
          es: Fecha de la última nota de bitácora
          en: Date of the last log entry
        evidence: any

  - id: avance_obra
    title:
      es: Avance de la obra
      en: Progress of the works
    questions:
      # 4
      - id: avance_fisico_observado
        type: number
        required: true
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance físico observado (%)
          en: Physical progress observed (%)
        help:
          es: Su estimación de lo construido frente a lo contratado. Respalde con fotografías de cada frente de trabajo.
        evidence: photo
      # 5
      - id: avance_fisico_reportado
        type: number
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance físico reportado por la dependencia (%)
          en: Physical progress reported by the agency (%)
        help:
          es: Según la última estimación, el informe del residente o el portal de transparencia.
        evidence: document
      - id: avance_financiero_pagado
        type: number
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance financiero pagado (%)
          en: Financial progress paid (%)
        help:
          es: >-
            Porcentaje del monto contratado ya pagado en estimaciones, sin
            contar el anticipo no amortizado.
        evidence: document
        evidence_required: "avance_financiero_pagado - avance_fisico_observado > umbral_avance_pagado_pct"
      # 9
      - id: estado_programa
        type: single_choice
        required: true
        label:
          es: Estado de la obra frente al programa de ejecución
          en: Status against the work schedule
        evidence: photo
        evidence_required: "estado_programa in [''suspendida'', ''abandonada'']"
        options:
          - id: en_tiempo
            label: {es: "En tiempo", en: "On schedule"}
          - id: atrasada
            label: {es: "Atrasada", en: "Delayed"}
          - id: suspendida
            label: {es: "Suspendida", en: "Suspended"}
          - id: abandonada
            label: {es: "Abandonada", en: "Abandoned"}
          - id: terminada
            label: {es: "Terminada", en: "Finished"}
        red_flags:
          - id: rf_obra_atrasada
            when: "estado_programa == ''atrasada''"
            severity: media
            title:
              es: Obra atrasada respecto al programa
              en: Works behind schedule
            recommendation:
              es: Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.
          - id: rf_obra_suspendida_abandonada
            when: "estado_programa in [''suspendida'', ''abandonada'']"
            severity: alta
            title:
              es: Obra suspendida o abandonada
              en: Works suspended or abandoned
            recommendation:
              es: Fotografíe el sitio, pida el oficio de suspensión si existe y escale el caso al OIC.

  - id: calidad_obra
    title:
      es: Cantidades y calidad
      en: Quantities and quality
    questions:
      # 6
      - id: cantidades_coinciden
        type: yes_no
        required: true
        label:
          es: ¿Las cantidades que se pueden verificar coinciden con el catálogo de conceptos?
          en: Do verifiable quantities match the bill of quantities?
        help:
          es: >-
            Mida o cuente lo que se pueda ver: metros de pavimento, luminarias,
            piezas instaladas. Compare con lo estimado y pagado.
        evidence: photo
        evidence_required: "cantidades_coinciden == ''no''"
        red_flags:
          - id: rf_cantidades_no_coinciden
            when: "cantidades_coinciden == ''no''"
            severity: alta
            title:
              es: Las cantidades en obra no coinciden con el catálogo
              en: Quantities on site do not match the bill of quantities
            recommendation:
              es: Anote el concepto, la cantidad medida y la del catálogo; fotografíe con una referencia de medida.
      - id: cantidades_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "cantidades_coinciden == ''no''"
        label:
          es: ¿Qué conceptos no coinciden y en cuánto?
          en: Which items do not match, and by how much?
      # 7
      - id: materiales_conformes
        type: yes_no
        required: true
        label:
          es: ¿Los materiales parecen conformes con lo especificado?
          en: Do materials appear to match the specifications?
        help:
          es: Compare tipo, espesor, calibre o marca con el catálogo o las especificaciones; las pruebas de laboratorio lo confirman.
        evidence: photo
        red_flags:
          - id: rf_materiales_no_conformes
            when: "materiales_conformes == ''no''"
            severity: media
            title:
              es: Materiales posiblemente distintos a los especificados
              en: Materials possibly different from specifications
            recommendation:
              es: Fotografíe el material y pida las pruebas de laboratorio del concepto.
      - id: defectos_visibles
        type: single_choice
        required: true
        label:
          es: ¿Hay defectos visibles?
          en: Are there visible defects?
        help:
          es: >-
            Graves: afectan la seguridad, la estructura o el uso (grietas
            estructurales, hundimientos, riesgo para personas). Menores:
            acabados, limpieza, detalles que se pueden corregir.
        evidence: photo
        evidence_required: "defectos_visibles == ''graves''"
        options:
          - id: ninguno
            label: {es: "Ninguno", en: "None"}
          - id: menores
            label: {es: "Menores", en: "Minor"}
          - id: graves
            label: {es: "Graves", en: "Serious"}
        red_flags:
          - id: rf_defectos_menores
            when: "defectos_visibles == ''menores''"
            severity: media
            title:
              es: Defectos menores visibles en la obra
              en: Minor visible defects
            recommendation:
              es: Fotografíe cada defecto y pida que se registre en bitácora para su corrección.
          - id: rf_defectos_graves
            when: "defectos_visibles == ''graves''"
            severity: alta
            title:
              es: Defectos graves visibles en la obra
              en: Serious visible defects
            recommendation:
              es: Fotografíe con referencia de escala, avise al residente y escale el caso al OIC.
      - id: calidad_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "materiales_conformes == ''no'' or defectos_visibles in [''menores'', ''graves'']"
        label:
          es: Describa los materiales no conformes o los defectos observados
          en: Describe non-conforming materials or defects
      # 8
      - id: pruebas_laboratorio
        type: yes_no_na
        required: true
        label:
          es: ¿Hay pruebas de laboratorio o control de calidad documentados?
          en: Are laboratory tests or quality control documented?
        help:
          es: Por ejemplo, resistencia del concreto, compactación de terracerías. Elija «No aplica» si la obra no las requiere.
        evidence: document
        red_flags:
          - id: rf_sin_pruebas_laboratorio
            when: "pruebas_laboratorio == ''no''"
            severity: media
            title:
              es: No hay pruebas de laboratorio o control de calidad documentados
              en: No documented laboratory tests or quality control
            recommendation:
              es: Solicite los reportes de laboratorio al residente y anote la respuesta.

  - id: contrato_pagos
    title:
      es: Contrato y pagos
      en: Contract and payments
    questions:
      # 10
      - id: convenios_modificatorios
        type: yes_no
        required: true
        label:
          es: ¿Hay convenios modificatorios del contrato?
          en: Are there contract amendments?
        help:
          es: Convenios que cambian el monto, el plazo o los conceptos del contrato original.
        evidence: document
        evidence_required: "convenios_modificatorios == ''si''"
        red_flags:
          - id: rf_convenios_modificatorios
            when: "convenios_modificatorios == ''si''"
            severity: alta
            title:
              es: La obra tiene convenios modificatorios
              en: The contract was amended
            description:
              es: Los cambios después de la adjudicación son una señal de riesgo; revise que estén justificados y dictaminados.
            recommendation:
              es: Adjunte los convenios y el dictamen técnico que los justifica; anote el incremento de monto y plazo.
      - id: incremento_convenios_pct
        type: number
        required: true
        min: 0
        unit: "%"
        relevant: "convenios_modificatorios == ''si''"
        label:
          es: Incremento del monto por convenios (%)
          en: Amount increase from amendments (%)
        help:
          es: Suma de los convenios frente al monto original del contrato.
        evidence: document
      - id: justificacion_convenios
        type: text
        multiline: true
        max_length: 4000
        relevant: "convenios_modificatorios == ''si''"
        label:
          es: Justificación de los convenios
          en: Justification of the amendments
        help:
          es: Lo que dice el dictamen técnico o lo que explicó el residente.
      # 11
      - id: anticipo_amortizado
        type: yes_no_na
        required: true
        label:
          es: ¿El anticipo se está amortizando en las estimaciones?
          en: Is the advance payment being amortized in the estimates?
        help:
          es: Elija «No aplica» si no hubo anticipo.
        evidence: document
        red_flags:
          - id: rf_anticipo_no_amortizado
            when: "anticipo_amortizado == ''no''"
            severity: media
            title:
              es: El anticipo no se está amortizando
              en: Advance payment not amortized
            recommendation:
              es: Pida las estimaciones pagadas y anote cuánto anticipo queda por amortizar.

  - id: participacion_social
    title:
      es: Contraloría social y vecinos
      en: Social oversight and neighbors
    questions:
      # 12
      - id: comite_contraloria_social
        type: yes_no_na
        required: true
        label:
          es: ¿Está constituido un comité de contraloría social de la obra?
          en: Is there a social oversight committee for the works?
        evidence: document
        red_flags:
          - id: rf_sin_contraloria_social
            when: "comite_contraloria_social == ''no''"
            severity: baja
            title:
              es: La obra no tiene comité de contraloría social
              en: No social oversight committee
            recommendation:
              es: Recomiende a la dependencia promover su constitución con los beneficiarios.
      # 13
      - id: quejas_vecinos
        type: yes_no
        required: true
        label:
          es: ¿Hay quejas de vecinos o beneficiarios?
          en: Are there complaints from neighbors or beneficiaries?
        evidence: none
        red_flags:
          - id: rf_quejas_vecinos
            when: "quejas_vecinos == ''si''"
            severity: media
            title:
              es: Vecinos o beneficiarios presentaron quejas sobre la obra
              en: Complaints from neighbors or beneficiaries
            recommendation:
              es: Anote el motivo de las quejas sin datos personales de quien las hizo, salvo que lo autorice.
      - id: quejas_detalle
        type: text
        multiline: true
        max_length: 4000
        relevant: "quejas_vecinos == ''si''"
        label:
          es: ¿De qué se quejan?
          en: What are the complaints about?

  - id: entrega_obra
    title:
      es: Entrega y uso
      en: Handover and use
    questions:
      # 14
      - id: acta_entrega_recepcion
        type: yes_no_na
        required: true
        label:
          es: ¿Hay acta de entrega-recepción o minuta de pendientes?
          en: Is there a handover certificate or a punch list?
        help:
          es: Elija «No aplica» si la obra todavía está en proceso y no se ha pagado la última estimación.
        evidence: document
      # 15
      - id: obra_en_uso
        type: yes_no_na
        required: true
        relevant: "acta_entrega_recepcion == ''si'' or estado_programa == ''terminada''"
        label:
          es: ¿La obra está en uso después de entregada?
          en: Is the works in use after handover?
        help:
          es: Por ejemplo, el alumbrado enciende, el pozo da agua, el centro comunitario abre.
        evidence: photo
        evidence_required: "obra_en_uso == ''no''"
        red_flags:
          - id: rf_obra_sin_uso
            when: "obra_en_uso == ''no''"
            severity: alta
            title:
              es: La obra entregada no está en uso
              en: Delivered works not in use
            recommendation:
              es: Fotografíe el estado actual, pregunte a los vecinos desde cuándo no funciona y anótelo en observaciones.

  - id: cierre_visita
    title:
      es: Observaciones
      en: Remarks
    questions:
      - id: fotografias_generales
        type: evidence
        label:
          es: Fotografías generales de la obra
          en: General photos of the works
        help:
          es: Vistas del sitio desde varios ángulos, con fecha y ubicación.
        evidence: photo
      - id: observaciones_visita
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Observaciones del observador
          en: Observer''s remarks
        help:
          es: Hechos, no opiniones. Anote con quién habló y qué documentos revisó.

rules:
  - id: rf_pagado_mayor_que_observado
    when: "avance_financiero_pagado - avance_fisico_observado > umbral_avance_pagado_pct"
    severity: alta
    title:
      es: Se ha pagado mucho más de lo que se observa construido
      en: Paid progress far exceeds observed physical progress
    description:
      es: >-
        El avance financiero pagado supera el avance físico observado por más
        del umbral definido por el OIC. Puede indicar pago de trabajos no
        ejecutados.
    recommendation:
      es: Adjunte las estimaciones pagadas y fotografías de los conceptos pagados que no encontró.
  - id: rf_reportado_mayor_que_observado
    when: "avance_fisico_reportado - avance_fisico_observado > umbral_avance_reportado_pct"
    severity: media
    title:
      es: El avance reportado es mayor que el observado
      en: Reported progress exceeds observed progress
    recommendation:
      es: Pregunte al residente qué conceptos considera terminados y fotografíelos.
  - id: rf_pagada_sin_recepcion
    when: "acta_entrega_recepcion == ''no'' and avance_financiero_pagado >= umbral_pago_sin_recepcion_pct"
    severity: alta
    title:
      es: Obra pagada sin acta de entrega-recepción
      en: Works paid without a handover certificate
    recommendation:
      es: Solicite el acta y el finiquito a la dependencia; si no existen, escale el caso al OIC.
  - id: rf_plazo_vencido_inconclusa
    when: "fecha_fin_contrato < fecha_visita and avance_fisico_observado < 100 and convenios_modificatorios != ''si''"
    severity: media
    title:
      es: Plazo del contrato vencido con la obra inconclusa
      en: Contract period expired with works unfinished
    description:
      es: No hay convenio modificatorio registrado que amplíe el plazo.
    recommendation:
      es: Pregunte si se aplicaron penas convencionales o si hay un convenio de ampliación de plazo.
','2026-12-07T12:24:35.099Z');
INSERT INTO "checklists" VALUES('transparencia_contratacion',2,'689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97','Revisión de transparencia de la contratación','# Lista de verificación 3 — Revisión de transparencia de la contratación.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 3".
# Revisión de gabinete: se hace desde la computadora, consultando el SIPOT
# (Plataforma Nacional de Transparencia) y el portal del municipio.
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Evidencia: captura de pantalla con la dirección (URL) y la fecha de consulta.

id: transparencia_contratacion
version: 2
title:
  es: Revisión de transparencia de la contratación
  en: Procurement transparency review
description:
  es: >-
    Revisión de gabinete de lo que el municipio publica sobre una
    contratación: registro en el SIPOT, enlaces a los documentos del
    procedimiento, contrato, presupuesto, avance de obra y los criterios de
    CIMTRA. Guarde una captura con la URL de cada cosa que revise.
  en: >-
    Desk review of what the municipality publishes about a contract: SIPOT
    record, links to procedure documents, contract, budget, works progress
    and CIMTRA criteria.

constants:
  # Días naturales máximos entre el inicio del contrato y su publicación en el
  # SIPOT: el trimestre en que inicia (hasta 90 días) más 30 días para
  # actualizar. [verificar plazo en los lineamientos técnicos vigentes]
  dias_maximos_publicacion: 120

header:
  - id: numero_procedimiento
    type: text
    required: true
    max_length: 200
    label:
      es: Número del procedimiento
      en: Procedure number
  - id: numero_contrato
    type: text
    max_length: 200
    label:
      es: Número de contrato
      en: Contract number
  - id: unidad_convocante
    type: text
    max_length: 300
    label:
      es: Dependencia o unidad responsable
      en: Responsible agency
  - id: objeto_contratacion
    type: text
    multiline: true
    max_length: 2000
    label:
      es: Objeto de la contratación
      en: Subject of the contract
  - id: materia
    type: single_choice
    required: true
    label:
      es: Materia
      en: Kind of contract
    options:
      - id: adquisiciones
        label: {es: "Adquisición de bienes", en: "Goods"}
      - id: arrendamientos
        label: {es: "Arrendamiento", en: "Lease"}
      - id: servicios
        label: {es: "Servicios", en: "Services"}
      - id: obra_publica
        label: {es: "Obra pública", en: "Public works"}
      - id: servicios_relacionados_obra
        label: {es: "Servicios relacionados con la obra pública", en: "Works-related services"}
  - id: tipo_procedimiento
    type: single_choice
    required: true
    label:
      es: Tipo de procedimiento
      en: Procedure type
    options:
      - id: licitacion_publica
        label: {es: "Licitación pública", en: "Open tender"}
      - id: invitacion_tres
        label: {es: "Invitación a cuando menos tres personas", en: "Invitation to at least three bidders"}
      - id: adjudicacion_directa
        label: {es: "Adjudicación directa", en: "Direct award"}
      - id: subasta_inversa
        label: {es: "Subasta inversa", en: "Reverse auction"}
      - id: dialogo_competitivo
        label: {es: "Diálogo competitivo", en: "Competitive dialogue"}
      - id: adjudicacion_directa_negociacion
        label: {es: "Adjudicación directa con estrategia de negociación", en: "Direct award with negotiation strategy"}
  - id: proveedor
    type: text
    max_length: 300
    label:
      es: Proveedor o contratista
      en: Supplier or contractor
  - id: monto_contratado
    type: number
    min: 0
    unit: MXN
    label:
      es: Monto contratado
      en: Contract amount
  - id: fecha_inicio_contrato
    type: date
    label:
      es: Fecha de inicio del contrato
      en: Contract start date
  - id: ejercicio
    type: number
    integer: true
    min: 2000
    max: 2100
    label:
      es: Ejercicio fiscal
      en: Fiscal year
  - id: trimestre
    type: single_choice
    label:
      es: Trimestre que se revisa
      en: Quarter reviewed
    options:
      - id: t1
        label: {es: "Primero (enero a marzo)", en: "First (January to March)"}
      - id: t2
        label: {es: "Segundo (abril a junio)", en: "Second (April to June)"}
      - id: t3
        label: {es: "Tercero (julio a septiembre)", en: "Third (July to September)"}
      - id: t4
        label: {es: "Cuarto (octubre a diciembre)", en: "Fourth (October to December)"}
  - id: fecha_revision
    type: date
    required: true
    label:
      es: Fecha de la revisión
      en: Review date
  - id: url_portal
    type: text
    format: url
    max_length: 2000
    label:
      es: Dirección (URL) del portal consultado
      en: URL of the portal consulted

sections:
  - id: registro_sipot
    title:
      es: Registro en el SIPOT
      en: SIPOT record
    questions:
      - id: contrato_en_sipot
        type: yes_no_na
        required: true
        label:
          es: ¿La contratación aparece en el SIPOT en el formato del trimestre correspondiente?
          en: Does the contract appear in SIPOT in the format for its quarter?
        help:
          es: >-
            Formato de resultados de procedimientos de adjudicación directa,
            invitación restringida y licitación (artículo 70, fracción XXVIII
            de la Ley General de Transparencia; confirme la fracción vigente
            tras la reforma de 2025). Busque por número de procedimiento o por
            proveedor.
        evidence: document
        red_flags:
          - id: rf_no_en_sipot
            when: "contrato_en_sipot == ''no''"
            severity: media
            title:
              es: La contratación no aparece en el SIPOT
              en: Contract not found in SIPOT
            recommendation:
              es: Adjunte la captura de la búsqueda sin resultados; considere presentar una denuncia por incumplimiento de obligaciones de transparencia.
      - id: url_registro_sipot
        type: text
        format: url
        max_length: 2000
        relevant: "contrato_en_sipot == ''si''"
        label:
          es: Dirección (URL) del registro
          en: URL of the record
      - id: fecha_publicacion_sipot
        type: date
        relevant: "contrato_en_sipot == ''si''"
        label:
          es: Fecha de publicación o de actualización del registro
          en: Publication or update date of the record
        # [verificar] plazo de actualización en los lineamientos técnicos vigentes
        help:
          es: >-
            Campo «fecha de actualización» del formato. La aplicación la compara
            con el inicio del contrato; el plazo de referencia es el trimestre
            más 30 días.
        evidence: document

  - id: documentos_procedimiento
    title:
      es: Documentos del procedimiento
      en: Procedure documents
    questions:
      - id: enlace_convocatoria
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿Funciona el enlace a la convocatoria o invitación?
          en: Does the link to the call or invitation work?
        help:
          es: Ábralo; si da error, lleva a otra página o a un documento distinto, conteste «no».
        evidence: document
        red_flags:
          - id: rf_enlace_convocatoria
            when: "enlace_convocatoria == ''no''"
            severity: media
            title:
              es: El enlace a la convocatoria no funciona o falta
              en: Link to the call missing or broken
            recommendation:
              es: Guarde la captura del error con la URL y la fecha.
      - id: enlace_fallo
        type: yes_no_na
        required: true
        label:
          es: ¿Funciona el enlace al fallo o a la resolución de adjudicación?
          en: Does the link to the award decision work?
        evidence: document
        red_flags:
          - id: rf_enlace_fallo
            when: "enlace_fallo == ''no''"
            severity: media
            title:
              es: El enlace al fallo no funciona o falta
              en: Link to the award missing or broken
            recommendation:
              es: Guarde la captura del error con la URL y la fecha.
      - id: enlace_dictamen
        type: yes_no_na
        required: true
        label:
          es: ¿Funciona el enlace al dictamen de evaluación?
          en: Does the link to the evaluation report work?
        evidence: document
        red_flags:
          - id: rf_enlace_dictamen
            when: "enlace_dictamen == ''no''"
            severity: media
            title:
              es: El enlace al dictamen de evaluación no funciona o falta
              en: Link to the evaluation report missing or broken
            recommendation:
              es: Guarde la captura del error con la URL y la fecha.
      - id: lista_asistentes_publicada
        type: yes_no_na
        required: true
        relevant: "tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        label:
          es: ¿Se publicó la relación de asistentes (licitantes y servidores públicos) a los actos del procedimiento?
          en: Was the list of attendees at procedure events published?
        evidence: document
        red_flags:
          - id: rf_sin_lista_asistentes
            when: "lista_asistentes_publicada == ''no''"
            severity: media
            title:
              es: No se publicó la relación de asistentes
              en: List of attendees not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.
      - id: motivos_seleccion_publicados
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicaron las razones que justifican la elección del proveedor?
          en: Were the reasons for choosing the supplier published?
        help:
          es: En adjudicación directa es el fundamento y la motivación de la excepción a la licitación.
        evidence: document
        evidence_required: "motivos_seleccion_publicados == ''no'' and tipo_procedimiento in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
        red_flags:
          - id: rf_ad_sin_motivos
            when: "motivos_seleccion_publicados == ''no'' and tipo_procedimiento in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: alta
            title:
              es: Adjudicación directa sin razones publicadas para elegir al proveedor
              en: Direct award without published reasons for the choice
            recommendation:
              es: Adjunte la captura del registro y solicite el dictamen de excepción mediante una solicitud de acceso a la información.
          - id: rf_sin_motivos
            when: "motivos_seleccion_publicados == ''no'' and tipo_procedimiento not in [''adjudicacion_directa'', ''adjudicacion_directa_negociacion'']"
            severity: media
            title:
              es: No se publicaron las razones para elegir al proveedor
              en: Reasons for the choice not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.
      - id: version_publica_contrato
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó la versión pública del contrato?
          en: Was the public version of the contract published?
        help:
          es: Versión pública es el contrato completo con solo los datos personales testados, no un resumen.
        evidence: document
        evidence_required: "version_publica_contrato == ''no''"
        red_flags:
          - id: rf_sin_version_publica_contrato
            when: "version_publica_contrato == ''no''"
            severity: alta
            title:
              es: No se publicó la versión pública del contrato
              en: Public version of the contract not published
            recommendation:
              es: Adjunte la captura del registro y solicite el contrato mediante una solicitud de acceso a la información.
      - id: partida_origen_publicados
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicaron la partida presupuestal y el origen de los recursos?
          en: Were the budget line and the source of funds published?
        evidence: document
        red_flags:
          - id: rf_sin_partida_origen
            when: "partida_origen_publicados == ''no''"
            severity: media
            title:
              es: No se publicaron la partida presupuestal o el origen de los recursos
              en: Budget line or source of funds not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.

  - id: transparencia_obra
    title:
      es: Obra pública
      en: Public works
    relevant: "materia in [''obra_publica'', ''servicios_relacionados_obra'']"
    questions:
      - id: avance_obra_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publica el avance físico y financiero de la obra?
          en: Is the physical and financial progress published?
        evidence: document
        red_flags:
          - id: rf_sin_avance_publicado
            when: "avance_obra_publicado == ''no''"
            severity: media
            title:
              es: No se publica el avance físico y financiero de la obra
              en: Works progress not published
            recommendation:
              es: Anótelo en observaciones; si puede, programe una visita de verificación de la obra.
      - id: recepcion_obra_publicada
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó el acta de entrega-recepción de la obra?
          en: Was the handover certificate published?
        help:
          es: NA si la obra todavía no termina.
        evidence: document
        red_flags:
          - id: rf_sin_recepcion_publicada
            when: "recepcion_obra_publicada == ''no''"
            severity: media
            title:
              es: No se publicó el acta de entrega-recepción
              en: Handover certificate not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.
      - id: finiquito_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó el finiquito de la obra?
          en: Was the final settlement published?
        help:
          es: NA si la obra todavía no termina.
        evidence: document
        red_flags:
          - id: rf_sin_finiquito_publicado
            when: "finiquito_publicado == ''no''"
            severity: media
            title:
              es: No se publicó el finiquito de la obra
              en: Final settlement not published
            recommendation:
              es: Anótelo en observaciones con la URL revisada.

  - id: vigilancia
    title:
      es: Mecanismos de vigilancia
      en: Oversight mechanisms
    questions:
      - id: mecanismos_vigilancia
        type: multiple_choice
        label:
          es: ¿Qué mecanismos de vigilancia se declaran para esta contratación?
          en: Which oversight mechanisms are declared for this contract?
        help:
          es: Marque todos los que aparezcan en el registro o en los documentos publicados.
        evidence: document
        options:
          - id: testigo_social
            label: {es: "Testigo social", en: "Social witness"}
          - id: contraloria_social
            label: {es: "Contraloría social", en: "Social oversight committee"}
          - id: oic
            label: {es: "Órgano Interno de Control", en: "Internal Control Body"}
          - id: auditoria_externa
            label: {es: "Auditoría externa", en: "External audit"}
          - id: ninguno
            label: {es: "Ninguno declarado", en: "None declared"}
        red_flags:
          - id: rf_sin_vigilancia
            when: "contains(mecanismos_vigilancia, ''ninguno'')"
            severity: baja
            title:
              es: No se declara ningún mecanismo de vigilancia
              en: No oversight mechanism declared
            recommendation:
              es: Recomiende a la dependencia informar qué instancia vigila la contratación.

  - id: criterios_cimtra
    title:
      es: Criterios CIMTRA
      en: CIMTRA criteria
    description:
      es: >-
        CIMTRA califica si la información está publicada de forma abierta,
        accesible y electrónica, actualizada al trimestre anterior.
    questions:
      - id: padron_proveedores_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publica la lista de proveedores con montos y facturas, actualizada al trimestre anterior?
          en: Is the supplier list with amounts and invoices published, updated to the previous quarter?
        evidence: document
        red_flags:
          - id: rf_sin_padron_proveedores
            when: "padron_proveedores_publicado == ''no''"
            severity: media
            title:
              es: La lista de proveedores con montos y facturas no está publicada o no está al día
              en: Supplier list with amounts and invoices missing or outdated
            recommendation:
              es: Anote el último periodo publicado y la URL revisada.
      - id: listado_obras_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publica el listado de obras (COPLADEMUN / Ramo 33)?
          en: Is the list of public works (COPLADEMUN / Ramo 33) published?
        help:
          es: Obras aprobadas por el Comité de Planeación para el Desarrollo Municipal y las financiadas con el Ramo 33.
        evidence: document
        red_flags:
          - id: rf_sin_listado_obras
            when: "listado_obras_publicado == ''no''"
            severity: media
            title:
              es: No se publica el listado de obras
              en: List of public works not published
            recommendation:
              es: Anote el último periodo publicado y la URL revisada.
      - id: formato_datos
        type: single_choice
        required: true
        label:
          es: Formato en que se publican los datos
          en: Format of the published data
        help:
          es: Abierto es un formato que se puede procesar (CSV, XLSX, JSON); un PDF escaneado no lo es.
        evidence: document
        options:
          - id: abierto
            label: {es: "Datos abiertos (CSV, XLSX, JSON)", en: "Open data (CSV, XLSX, JSON)"}
          - id: pdf
            label: {es: "Solo PDF o imagen", en: "PDF or image only"}
          - id: ninguno
            label: {es: "No se publican", en: "Not published"}
        red_flags:
          - id: rf_formato_pdf
            when: "formato_datos == ''pdf''"
            severity: baja
            title:
              es: Los datos solo se publican en PDF o imagen
              en: Data published only as PDF or image
            recommendation:
              es: Recomiende publicar también en formato abierto (CSV o XLSX).
          - id: rf_datos_no_publicados
            when: "formato_datos == ''ninguno''"
            severity: media
            title:
              es: Los datos no se publican en ningún formato
              en: Data not published in any format
            recommendation:
              es: Anótelo en observaciones con la URL revisada.

  - id: cierre_revision
    title:
      es: Observaciones
      en: Remarks
    questions:
      - id: observaciones_revision
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Observaciones del observador
          en: Observer''s remarks
        help:
          es: Anote qué portales consultó, la fecha y cualquier diferencia entre fuentes.

rules:
  - id: rf_publicacion_tardia
    when: "days_between(fecha_inicio_contrato, fecha_publicacion_sipot) > dias_maximos_publicacion"
    severity: media
    title:
      es: La contratación se publicó tarde respecto al inicio del contrato
      en: Contract published late relative to its start
    description:
      es: El plazo de referencia está por confirmar en los lineamientos técnicos vigentes.
    recommendation:
      es: Anote ambas fechas y adjunte la captura del registro con su fecha de actualización.
','2026-12-07T12:24:35.120Z');
INSERT INTO "checklists" VALUES('seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','Seguimiento de compromiso de gobierno abierto','# Lista de verificación 4 — Seguimiento de compromiso de gobierno abierto.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 4".
# Un compromiso de un plan de acción local de la Alianza para el Gobierno
# Abierto (OGP), con sus hitos como sección repetible.
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.

id: seguimiento_gobierno_abierto
version: 1
title:
  es: Seguimiento de compromiso de gobierno abierto
  en: Open government commitment follow-up
description:
  es: >-
    Verifique el avance de un compromiso del plan de acción local de gobierno
    abierto: registre cada hito, compare el avance que reporta el gobierno con
    el que usted pudo comprobar y guarde la evidencia pública.
  en: >-
    Check the progress of a commitment of the local open government action
    plan: record each milestone and compare reported and verified progress.

constants:
  # Diferencia máxima, en puntos porcentuales, entre el avance reportado por
  # el gobierno y el verificado por el observador. [umbral a definir por el OIC]
  umbral_diferencia_avance_pct: 15

header:
  - id: numero_compromiso
    type: text
    required: true
    max_length: 50
    label:
      es: Número del compromiso
      en: Commitment number
    help:
      es: Como aparece en el plan de acción (por ejemplo, 1 o C-01).
  - id: nombre_compromiso
    type: text
    required: true
    max_length: 500
    label:
      es: Nombre del compromiso
      en: Commitment name
  - id: plan_accion
    type: text
    max_length: 300
    label:
      es: Plan de acción
      en: Action plan
    help:
      es: Por ejemplo, «Primer Plan de Acción Local de Gobierno Abierto de Chihuahua».
  - id: institucion_responsable
    type: text
    required: true
    max_length: 300
    label:
      es: Institución responsable
      en: Lead institution
  - id: fecha_inicio
    type: date
    label:
      es: Fecha de inicio del compromiso
      en: Commitment start date
  - id: fecha_fin
    type: date
    label:
      es: Fecha de término del compromiso
      en: Commitment end date
    help:
      es: Se usa para marcar los hitos vencidos que no están completos, cuando el hito no tiene fecha propia.
  - id: problema_publico
    type: text
    multiline: true
    max_length: 4000
    label:
      es: Problema público que atiende
      en: Public problem addressed
  - id: valores_ogp
    type: multiple_choice
    label:
      es: Valores de gobierno abierto del compromiso
      en: Open government values
    help:
      es: Los que declara el plan de acción para este compromiso.
    options:
      - id: acceso_informacion
        label: {es: "Acceso a la información", en: "Access to information"}
      - id: participacion_ciudadana
        label: {es: "Participación ciudadana", en: "Civic participation"}
      - id: rendicion_cuentas
        label: {es: "Rendición de cuentas", en: "Public accountability"}
      - id: tecnologia_innovacion
        label: {es: "Tecnología e innovación para la apertura y la rendición de cuentas", en: "Technology and innovation for openness and accountability"}

sections:
  - id: hitos
    title:
      es: Hitos del compromiso
      en: Commitment milestones
    description:
      es: Agregue un hito por cada actividad con entregable que enumera el plan de acción.
    repeat:
      min: 1
      max: 30
      item_label: {es: "Hito", en: "Milestone"}
    questions:
      - id: descripcion
        type: text
        required: true
        multiline: true
        max_length: 2000
        label:
          es: Descripción del hito
          en: Milestone description
      - id: fecha_fin_hito
        type: date
        label:
          es: Fecha de término del hito
          en: Milestone end date
        help:
          es: Si el plan no le da fecha propia al hito, déjela en blanco y se usará la fecha de término del compromiso.
      - id: entregable_verificable
        type: yes_no
        required: true
        label:
          es: ¿El hito tiene un entregable verificable?
          en: Does the milestone have a verifiable deliverable?
        help:
          es: Un producto que cualquiera pueda consultar (un documento, una base de datos, un sitio web), no solo una actividad.
        red_flags:
          - id: rf_hito_no_verificable
            when: "entregable_verificable == ''no''"
            severity: baja
            title:
              es: El hito no tiene un entregable verificable
              en: Milestone without a verifiable deliverable
            recommendation:
              es: Recomiende al grupo coordinador definir un entregable concreto para el hito.
      - id: estatus
        type: single_choice
        required: true
        label:
          es: Nivel de cumplimiento
          en: Completion level
        help:
          es: >-
            Según lo que usted pudo comprobar: no iniciado; limitado (avance
            menor); sustancial (la mayor parte hecha); completo.
        options:
          - id: no_iniciado
            label: {es: "No iniciado", en: "Not started"}
          - id: limitado
            label: {es: "Limitado", en: "Limited"}
          - id: sustancial
            label: {es: "Sustancial", en: "Substantial"}
          - id: completo
            label: {es: "Completo", en: "Complete"}
        red_flags:
          - id: rf_hito_vencido
            when: "answered(estatus) and estatus != ''completo'' and ((answered(fecha_fin_hito) and fecha_fin_hito < today()) or (not answered(fecha_fin_hito) and fecha_fin < today()))"
            severity: media
            title:
              es: Hito vencido y no completo
              en: Milestone overdue and not complete
            recommendation:
              es: Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.
      - id: porcentaje_reportado
        type: number
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance reportado por el gobierno (%)
          en: Progress reported by the government (%)
        help:
          es: Según el informe de avance, el tablero de seguimiento o la respuesta de la institución.
        evidence: document
      - id: porcentaje_verificado
        type: number
        required: true
        min: 0
        max: 100
        unit: "%"
        label:
          es: Avance verificado por el observador (%)
          en: Progress verified by the observer (%)
        help:
          es: Solo lo que usted pudo comprobar con evidencia pública o en persona.
        red_flags:
          - id: rf_diferencia_avance
            when: "abs(porcentaje_reportado - porcentaje_verificado) > umbral_diferencia_avance_pct"
            severity: media
            title:
              es: El avance reportado no coincide con el verificado
              en: Reported progress differs from verified progress
            recommendation:
              es: Anote en qué se basa cada cifra y adjunte la evidencia que consultó.
      - id: url_evidencia
        type: text
        format: url
        max_length: 2000
        label:
          es: Dirección (URL) de la evidencia pública
          en: URL of the public evidence
        evidence: document

  - id: seguimiento_compromiso
    title:
      es: Seguimiento del compromiso
      en: Commitment follow-up
    questions:
      - id: grupo_coordinador_participo
        type: yes_no_na
        required: true
        label:
          es: ¿El grupo coordinador (secretariado técnico) participó en el seguimiento?
          en: Did the steering group take part in the follow-up?
        help:
          es: Busque las minutas de sus sesiones con fecha, asistentes y acuerdos sobre el compromiso.
        evidence: document
        red_flags:
          - id: rf_sin_participacion_grupo
            when: "grupo_coordinador_participo == ''no''"
            severity: media
            title:
              es: No hay constancia de que el grupo coordinador haya dado seguimiento
              en: No record of steering group follow-up
            recommendation:
              es: Solicite las minutas del grupo coordinador y anote la respuesta.
      - id: informe_avance_publicado
        type: yes_no_na
        required: true
        label:
          es: ¿Se publicó el informe anual de avance?
          en: Was the annual progress report published?
        evidence: document
        red_flags:
          - id: rf_sin_informe_avance
            when: "informe_avance_publicado == ''no''"
            severity: media
            title:
              es: No se publicó el informe anual de avance
              en: Annual progress report not published
            recommendation:
              es: Anote dónde lo buscó y pídalo a la institución responsable.
      - id: presupuesto_identificado
        type: yes_no_na
        required: true
        label:
          es: ¿El compromiso tiene presupuesto identificado?
          en: Does the commitment have an identified budget?
        help:
          es: Partida, programa o monto asignado para cumplir los hitos.
        evidence: document
        red_flags:
          - id: rf_sin_presupuesto
            when: "presupuesto_identificado == ''no''"
            severity: media
            title:
              es: El compromiso no tiene presupuesto identificado
              en: No budget identified for the commitment
            recommendation:
              es: Pregunte a la institución responsable con qué recursos se cumplirán los hitos.
      - id: resultado_observado
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Resultado observado
          en: Observed result
        help:
          es: ¿El compromiso está resolviendo el problema público? Describa lo que constató.
      - id: recomendacion
        type: text
        multiline: true
        max_length: 20000
        label:
          es: Recomendación
          en: Recommendation
','2026-12-07T12:24:35.150Z');
CREATE TABLE custody_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    n INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (audit_id, n)
);
INSERT INTO "custody_log" VALUES(1,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',1,'2026-12-07T12:24:35.050Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','941df4cc7c8d85cae83eeb87cfb77095fb32a97fab9f88cb235256dc7b3adb0d');
INSERT INTO "custody_log" VALUES(2,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',2,'2026-12-07T12:24:35.068Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','941df4cc7c8d85cae83eeb87cfb77095fb32a97fab9f88cb235256dc7b3adb0d','2dbc317d96eaac3220213ad6ac3bf710fffaae409420cd94182e6cf39d7a1bcf');
INSERT INTO "custody_log" VALUES(3,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',3,'2026-12-07T12:24:35.069Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','2dbc317d96eaac3220213ad6ac3bf710fffaae409420cd94182e6cf39d7a1bcf','2a5ff17393bdcfc812d42c4354cef4243f3217498e35853cfdff6635f1a4c7d4');
INSERT INTO "custody_log" VALUES(4,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',4,'2026-12-07T12:24:35.071Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','2a5ff17393bdcfc812d42c4354cef4243f3217498e35853cfdff6635f1a4c7d4','97d2921dcf02af29484cedb8510e98b7337a95e5f1e4176c5097508e90201d7a');
INSERT INTO "custody_log" VALUES(5,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',5,'2026-12-07T12:24:35.071Z','DEMO-001','finding.raised','{"finding":"5c9d1582-7629-45f3-a3f8-538aca54943d","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','97d2921dcf02af29484cedb8510e98b7337a95e5f1e4176c5097508e90201d7a','d5daa2325674010e639a49f130d467ba5638c3e5af1a3b2de44ef1143ac38df1');
INSERT INTO "custody_log" VALUES(6,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',6,'2026-12-07T12:24:35.072Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','d5daa2325674010e639a49f130d467ba5638c3e5af1a3b2de44ef1143ac38df1','a5a1e73ad204d12283deeaab752e27de92032edf551793e598e4160bdb175875');
INSERT INTO "custody_log" VALUES(7,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',7,'2026-12-07T12:24:35.073Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','a5a1e73ad204d12283deeaab752e27de92032edf551793e598e4160bdb175875','4b8c02660bcda631c41f24b374fed6d56b28613ea9b308749b8e1ffc10d675d8');
INSERT INTO "custody_log" VALUES(8,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',8,'2026-12-07T12:24:35.074Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','4b8c02660bcda631c41f24b374fed6d56b28613ea9b308749b8e1ffc10d675d8','2efe62c16ca4da5be81cea4a68d4d93ed6f450fcc7e84eb32ea3c335c75f32d1');
INSERT INTO "custody_log" VALUES(9,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',9,'2026-12-07T12:24:35.075Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','2efe62c16ca4da5be81cea4a68d4d93ed6f450fcc7e84eb32ea3c335c75f32d1','356cc4084a3e134f72df0e4b3546b0a6eb5613b96566872a25e3f6dc72fd1066');
INSERT INTO "custody_log" VALUES(10,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',10,'2026-12-07T12:24:35.076Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','356cc4084a3e134f72df0e4b3546b0a6eb5613b96566872a25e3f6dc72fd1066','74324f6e9e982d9a9ac54f006b4ae79b084bad988bcb5cc4cf0db0aad89feb95');
INSERT INTO "custody_log" VALUES(11,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',11,'2026-12-07T12:24:35.077Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','74324f6e9e982d9a9ac54f006b4ae79b084bad988bcb5cc4cf0db0aad89feb95','b05df4b119a512d488a795452d9ab7752916af398038d611839191ee1417bfb8');
INSERT INTO "custody_log" VALUES(12,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',12,'2026-12-07T12:24:35.077Z','DEMO-001','finding.raised','{"finding":"534b35a2-1ffc-4856-9bd9-bb704388a7cf","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','b05df4b119a512d488a795452d9ab7752916af398038d611839191ee1417bfb8','31a69a281947909ad18bf2ea4e679f1583ba9f54125658587dce6fa1eb6bb136');
INSERT INTO "custody_log" VALUES(13,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',13,'2026-12-07T12:24:35.078Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','31a69a281947909ad18bf2ea4e679f1583ba9f54125658587dce6fa1eb6bb136','eb6c86842033d3515a38e7b22e8388e2d145174dc1f9dedcb201856ecb083074');
INSERT INTO "custody_log" VALUES(14,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',14,'2026-12-07T12:24:35.079Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','eb6c86842033d3515a38e7b22e8388e2d145174dc1f9dedcb201856ecb083074','3aaedb2943176b5704e06a85ab415904f0c03f430467c47f688d98d9da4b3af9');
INSERT INTO "custody_log" VALUES(15,'583bdd22-a90b-41a1-839f-e18ff2cc54b2',15,'2026-12-07T12:24:35.080Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','3aaedb2943176b5704e06a85ab415904f0c03f430467c47f688d98d9da4b3af9','58c26c330cb8e1044b98e98a8282803705f23c7c3950b4a2fa8c6ee1ecb157c0');
INSERT INTO "custody_log" VALUES(16,'67c47064-f326-4d72-b52c-b45ec12f07b9',1,'2026-12-07T12:24:35.081Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','e4e021ef422a5ba16b5d8a7b30c78878100e56cab9e5bb8b5799ac023df596a3');
INSERT INTO "custody_log" VALUES(17,'67c47064-f326-4d72-b52c-b45ec12f07b9',2,'2026-12-07T12:24:35.082Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','e4e021ef422a5ba16b5d8a7b30c78878100e56cab9e5bb8b5799ac023df596a3','0270ae35bd4daa3709c3afb9ce8d63eec3f22a6c2bfb362ccc052c78ad0629fc');
INSERT INTO "custody_log" VALUES(18,'67c47064-f326-4d72-b52c-b45ec12f07b9',3,'2026-12-07T12:24:35.083Z','DEMO-001','finding.raised','{"finding":"5e992c31-603b-48a9-8e95-5b04cad29bde","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','0270ae35bd4daa3709c3afb9ce8d63eec3f22a6c2bfb362ccc052c78ad0629fc','c06ceeed280a58a705682c59e0583217ad6bf8a052e49e8a10625fc69287fbc4');
INSERT INTO "custody_log" VALUES(19,'67c47064-f326-4d72-b52c-b45ec12f07b9',4,'2026-12-07T12:24:35.088Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','c06ceeed280a58a705682c59e0583217ad6bf8a052e49e8a10625fc69287fbc4','87d2eae97db09793a7e01433b95a3c1d10d7ecbfd9352c987ff71804b79f8fbb');
INSERT INTO "custody_log" VALUES(20,'67c47064-f326-4d72-b52c-b45ec12f07b9',5,'2026-12-07T12:24:35.091Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','87d2eae97db09793a7e01433b95a3c1d10d7ecbfd9352c987ff71804b79f8fbb','8f64bcc4804ad173124a34659750343766a5dd17cd4977ac26ef5d19e186c282');
INSERT INTO "custody_log" VALUES(21,'67c47064-f326-4d72-b52c-b45ec12f07b9',6,'2026-12-07T12:24:35.093Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','8f64bcc4804ad173124a34659750343766a5dd17cd4977ac26ef5d19e186c282','07c0ff52ad7afb76c9387d05a763ba47f5f5ac361c7d1f90f98b79d0854d13ee');
INSERT INTO "custody_log" VALUES(22,'67c47064-f326-4d72-b52c-b45ec12f07b9',7,'2026-12-07T12:24:35.097Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','07c0ff52ad7afb76c9387d05a763ba47f5f5ac361c7d1f90f98b79d0854d13ee','b326af26ef7eb77e4963e0cb5943b9d23b1c698af41a7ed8d0cd0619095601a7');
INSERT INTO "custody_log" VALUES(23,'67c47064-f326-4d72-b52c-b45ec12f07b9',8,'2026-12-07T12:24:35.098Z','DEMO-001','finding.added','{"finding":"53072cd8-392c-4797-8e6f-e242bb3f9b05","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','b326af26ef7eb77e4963e0cb5943b9d23b1c698af41a7ed8d0cd0619095601a7','0560a927526d1f550fac94c70219dee39ac167eb2248fb08d6fc4244c269e85c');
INSERT INTO "custody_log" VALUES(24,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',1,'2026-12-07T12:24:35.100Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','e32785f4475bb3385e17d0b53dace7199bc12c0e1c5806f244f2de304b7ea179');
INSERT INTO "custody_log" VALUES(25,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',2,'2026-12-07T12:24:35.113Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','e32785f4475bb3385e17d0b53dace7199bc12c0e1c5806f244f2de304b7ea179','9ae2245b21d8ec7a76c11243c3122373a3eb5a6f414f04640f9bd5a8a43f55cd');
INSERT INTO "custody_log" VALUES(26,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',3,'2026-12-07T12:24:35.114Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','9ae2245b21d8ec7a76c11243c3122373a3eb5a6f414f04640f9bd5a8a43f55cd','b97cc9936ea92b06bee5be77f9b3d48832fb0fc34eee7f4b8e9f7ab667be556b');
INSERT INTO "custody_log" VALUES(27,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',4,'2026-12-07T12:24:35.115Z','DEMO-001','finding.raised','{"finding":"c37078c8-c944-4049-ba01-62a676fa2426","item":null,"rule":"rf_sin_letrero","severity":"media"}','b97cc9936ea92b06bee5be77f9b3d48832fb0fc34eee7f4b8e9f7ab667be556b','94b9a0db6434c8a259cceba6f5505e78ed83a04b4b47638095f143e5e99ec18d');
INSERT INTO "custody_log" VALUES(28,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',5,'2026-12-07T12:24:35.115Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','94b9a0db6434c8a259cceba6f5505e78ed83a04b4b47638095f143e5e99ec18d','53510b53ced5df24917f69c12181ef9447b96d0c333127d84d60b7faf67815a1');
INSERT INTO "custody_log" VALUES(29,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',6,'2026-12-07T12:24:35.116Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','53510b53ced5df24917f69c12181ef9447b96d0c333127d84d60b7faf67815a1','c06305d5183e46a890eb3de9ce01211ee9cfc6c54a33ba318144a7453555acd8');
INSERT INTO "custody_log" VALUES(30,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',7,'2026-12-07T12:24:35.117Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','c06305d5183e46a890eb3de9ce01211ee9cfc6c54a33ba318144a7453555acd8','871a102b8fab67a608e3266d49ce307f8c788a92c1274835f8d44082e9ab966c');
INSERT INTO "custody_log" VALUES(31,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',8,'2026-12-07T12:24:35.117Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','871a102b8fab67a608e3266d49ce307f8c788a92c1274835f8d44082e9ab966c','5cd0723f635e632ed750015feacf1bf2f32209a178a19db3c5a0fbaf43d75078');
INSERT INTO "custody_log" VALUES(32,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',9,'2026-12-07T12:24:35.118Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','5cd0723f635e632ed750015feacf1bf2f32209a178a19db3c5a0fbaf43d75078','89542f49559856f035511b9abf62f5819fefe61ef7dd6522c22b9616e7a6784d');
INSERT INTO "custody_log" VALUES(33,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',10,'2026-12-07T12:24:35.119Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','89542f49559856f035511b9abf62f5819fefe61ef7dd6522c22b9616e7a6784d','fb3ec57d274e5b301eb43ff58206fcd3a69cd83a54fef2224891a08079c39d17');
INSERT INTO "custody_log" VALUES(34,'b6e63bc6-91d8-44af-a928-ff16ce5a50f5',11,'2026-12-07T12:24:35.119Z','DEMO-001','finding.raised','{"finding":"d59af3f8-ef9b-4d52-a5d7-7e617e9b277f","item":null,"rule":"rf_obra_atrasada","severity":"media"}','fb3ec57d274e5b301eb43ff58206fcd3a69cd83a54fef2224891a08079c39d17','d9cdaedab18e3e2a91557c059063065be4ad99c586f01700a9609c0ab28e63d2');
INSERT INTO "custody_log" VALUES(35,'eb629917-4c7e-44e2-87ab-914c82c704f5',1,'2026-12-07T12:24:35.120Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97","form_version":2,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','8dfa2dda729d978395689078a0ba84186d978eb546db5a5a437fea958a126bbd');
INSERT INTO "custody_log" VALUES(36,'eb629917-4c7e-44e2-87ab-914c82c704f5',2,'2026-12-07T12:24:35.133Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','8dfa2dda729d978395689078a0ba84186d978eb546db5a5a437fea958a126bbd','93e3d409e431271f5ef4cc9d8ee11281375a92c53be53589c74153938dcbd312');
INSERT INTO "custody_log" VALUES(37,'eb629917-4c7e-44e2-87ab-914c82c704f5',3,'2026-12-07T12:24:35.134Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','93e3d409e431271f5ef4cc9d8ee11281375a92c53be53589c74153938dcbd312','cf9f3f08c3033067ee6729b6a975af654d8ec590164d94c19844cacb6c4c4eea');
INSERT INTO "custody_log" VALUES(38,'eb629917-4c7e-44e2-87ab-914c82c704f5',4,'2026-12-07T12:24:35.136Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','cf9f3f08c3033067ee6729b6a975af654d8ec590164d94c19844cacb6c4c4eea','308c2650d79110797def674287f150973b8d9373c19099ff728f786bdad75643');
INSERT INTO "custody_log" VALUES(39,'eb629917-4c7e-44e2-87ab-914c82c704f5',5,'2026-12-07T12:24:35.136Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','308c2650d79110797def674287f150973b8d9373c19099ff728f786bdad75643','6c58f1fd6f6857529fcd2759271d2d2d5103b275533e7020fba8002d8995087b');
INSERT INTO "custody_log" VALUES(40,'eb629917-4c7e-44e2-87ab-914c82c704f5',6,'2026-12-07T12:24:35.137Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','6c58f1fd6f6857529fcd2759271d2d2d5103b275533e7020fba8002d8995087b','8932fcd87a7d6139e0184e1951c062b95b5655810167be5fd0d5c0616478ba78');
INSERT INTO "custody_log" VALUES(41,'eb629917-4c7e-44e2-87ab-914c82c704f5',7,'2026-12-07T12:24:35.138Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','8932fcd87a7d6139e0184e1951c062b95b5655810167be5fd0d5c0616478ba78','d28f1964afcc133c6fff478badae5823d638c2929c91b11ac16ef0c324a69f0a');
INSERT INTO "custody_log" VALUES(42,'eb629917-4c7e-44e2-87ab-914c82c704f5',8,'2026-12-07T12:24:35.138Z','DEMO-001','finding.raised','{"finding":"59f8ea20-8d2c-4d0d-878d-3ed3d92b96a9","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','d28f1964afcc133c6fff478badae5823d638c2929c91b11ac16ef0c324a69f0a','80c8fe82dd61359dd3e4249b5b255da9b146345e4d65958ec470384c2addae4f');
INSERT INTO "custody_log" VALUES(43,'eb629917-4c7e-44e2-87ab-914c82c704f5',9,'2026-12-07T12:24:35.140Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','80c8fe82dd61359dd3e4249b5b255da9b146345e4d65958ec470384c2addae4f','57feced8c30813561631d6e0f0f607c1ceffeb91d2547f0e58c35614fcfda231');
INSERT INTO "custody_log" VALUES(44,'eb629917-4c7e-44e2-87ab-914c82c704f5',10,'2026-12-07T12:24:35.140Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','57feced8c30813561631d6e0f0f607c1ceffeb91d2547f0e58c35614fcfda231','1b567f6df4696895bbd942287e0901976656bbdede1f6237e3e75a1694d38b71');
INSERT INTO "custody_log" VALUES(45,'eb629917-4c7e-44e2-87ab-914c82c704f5',11,'2026-12-07T12:24:35.141Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','1b567f6df4696895bbd942287e0901976656bbdede1f6237e3e75a1694d38b71','619d7dd4413c4e9a61ccd84099eaf6c2d864e4d841aec992a59bf32bf7873899');
INSERT INTO "custody_log" VALUES(46,'eb629917-4c7e-44e2-87ab-914c82c704f5',12,'2026-12-07T12:24:35.142Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','619d7dd4413c4e9a61ccd84099eaf6c2d864e4d841aec992a59bf32bf7873899','0cc2e62d96cd4a558bdedb34474128d7f083c0e45c7621b76e6d50dce3278735');
INSERT INTO "custody_log" VALUES(47,'eb629917-4c7e-44e2-87ab-914c82c704f5',13,'2026-12-07T12:24:35.142Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','0cc2e62d96cd4a558bdedb34474128d7f083c0e45c7621b76e6d50dce3278735','d92d5016b851881082b33129fc37580ea4a4402663643cf61692061cb34ee808');
INSERT INTO "custody_log" VALUES(48,'eb629917-4c7e-44e2-87ab-914c82c704f5',14,'2026-12-07T12:24:35.143Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','d92d5016b851881082b33129fc37580ea4a4402663643cf61692061cb34ee808','c9c5b0373619920320cd5ca4a94352d116f8b5802eeda95b9bc50c9703b1b93f');
INSERT INTO "custody_log" VALUES(49,'eb629917-4c7e-44e2-87ab-914c82c704f5',15,'2026-12-07T12:24:35.144Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','c9c5b0373619920320cd5ca4a94352d116f8b5802eeda95b9bc50c9703b1b93f','dfed24adebe9b6e1adcf00f9b395958f48e750801b75b395b8b725012eca0f59');
INSERT INTO "custody_log" VALUES(50,'eb629917-4c7e-44e2-87ab-914c82c704f5',16,'2026-12-07T12:24:35.145Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','dfed24adebe9b6e1adcf00f9b395958f48e750801b75b395b8b725012eca0f59','034a05897df2b9b8dc533d42c82cc591bc836ea7530070fa07533d2cf89a3871');
INSERT INTO "custody_log" VALUES(51,'eb629917-4c7e-44e2-87ab-914c82c704f5',17,'2026-12-07T12:24:35.146Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','034a05897df2b9b8dc533d42c82cc591bc836ea7530070fa07533d2cf89a3871','8df7fb2702a1d2b63f20327875c42c485a83bee43c245aa85ffad155dd7df78f');
INSERT INTO "custody_log" VALUES(52,'eb629917-4c7e-44e2-87ab-914c82c704f5',18,'2026-12-07T12:24:35.146Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','8df7fb2702a1d2b63f20327875c42c485a83bee43c245aa85ffad155dd7df78f','027f274aa4e7f43d0bed8171a68a82bc2b9052a671a78392642cc4d2671bb035');
INSERT INTO "custody_log" VALUES(53,'eb629917-4c7e-44e2-87ab-914c82c704f5',19,'2026-12-07T12:24:35.147Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','027f274aa4e7f43d0bed8171a68a82bc2b9052a671a78392642cc4d2671bb035','e332b4e274f2abdbb18b2fe11696183dc6429fbdefe14ba83a3a813ad4308045');
INSERT INTO "custody_log" VALUES(54,'eb629917-4c7e-44e2-87ab-914c82c704f5',20,'2026-12-07T12:24:35.148Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','e332b4e274f2abdbb18b2fe11696183dc6429fbdefe14ba83a3a813ad4308045','f170b162817081cbe693bd7b0b5b80d0858f8d601e9f400d8332d7fa5582a5b7');
INSERT INTO "custody_log" VALUES(55,'eb629917-4c7e-44e2-87ab-914c82c704f5',21,'2026-12-07T12:24:35.149Z','DEMO-001','audit.finalized','{"content_sha256":"9fac49cf67736d858fb4c23f300765f352ace0cac08232160799755a66ec29a7"}','f170b162817081cbe693bd7b0b5b80d0858f8d601e9f400d8332d7fa5582a5b7','b3b95c36ad16c60eecf09e871d4f0ad37ca528475524b9c7239882383f860cd1');
INSERT INTO "custody_log" VALUES(56,'2271eaa6-e46d-4930-9ddb-0643c9be3764',1,'2026-12-07T12:24:35.150Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','0951b2d9bdafa6f8eabcacaed7eab9192567c569b0046db4260ab43f0a3ba529');
INSERT INTO "custody_log" VALUES(57,'2271eaa6-e46d-4930-9ddb-0643c9be3764',2,'2026-12-07T12:24:35.157Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','0951b2d9bdafa6f8eabcacaed7eab9192567c569b0046db4260ab43f0a3ba529','6c3e25dc311d2a3f21d19b34f48e5533556aa8ea10f9ed0f9069147d0036adfe');
INSERT INTO "custody_log" VALUES(58,'2271eaa6-e46d-4930-9ddb-0643c9be3764',3,'2026-12-07T12:24:35.158Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','6c3e25dc311d2a3f21d19b34f48e5533556aa8ea10f9ed0f9069147d0036adfe','e14d5876193a02bd6bc5205e8f82236e15082638527313d0b15e331decae8daf');
INSERT INTO "custody_log" VALUES(59,'2271eaa6-e46d-4930-9ddb-0643c9be3764',4,'2026-12-07T12:24:35.159Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','e14d5876193a02bd6bc5205e8f82236e15082638527313d0b15e331decae8daf','be4222092e54adba88564ba244508188ff5005c380ae879bbb0349b9ab713e9b');
INSERT INTO "custody_log" VALUES(60,'2271eaa6-e46d-4930-9ddb-0643c9be3764',5,'2026-12-07T12:24:35.160Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','be4222092e54adba88564ba244508188ff5005c380ae879bbb0349b9ab713e9b','66af6bcaf454a35552541216eb09982605caa143ec9cb3370d01a5e9e1c493ea');
INSERT INTO "custody_log" VALUES(61,'2271eaa6-e46d-4930-9ddb-0643c9be3764',6,'2026-12-07T12:24:35.160Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','66af6bcaf454a35552541216eb09982605caa143ec9cb3370d01a5e9e1c493ea','42c9561ba9126bbf9a2b242ca284fe2c1088cc820a1da7665b9b7b7fa23daadd');
INSERT INTO "custody_log" VALUES(62,'2271eaa6-e46d-4930-9ddb-0643c9be3764',7,'2026-12-07T12:24:35.161Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','42c9561ba9126bbf9a2b242ca284fe2c1088cc820a1da7665b9b7b7fa23daadd','2b7e40c3fc6c54adff92a049e973e6a41bd39e3a23b9ae0acde759dbd605c457');
INSERT INTO "custody_log" VALUES(63,'2271eaa6-e46d-4930-9ddb-0643c9be3764',8,'2026-12-07T12:24:35.162Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','2b7e40c3fc6c54adff92a049e973e6a41bd39e3a23b9ae0acde759dbd605c457','f544319cafe4efd8ae469f62a1b80598a7e8e24b599af661e30dad887a1bc294');
INSERT INTO "custody_log" VALUES(64,'2271eaa6-e46d-4930-9ddb-0643c9be3764',9,'2026-12-07T12:24:35.162Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','f544319cafe4efd8ae469f62a1b80598a7e8e24b599af661e30dad887a1bc294','db1dc7650f2bc6b3ad91fb98c435e63b8cce9c71a903b69771f8c23a52765002');
INSERT INTO "custody_log" VALUES(65,'2271eaa6-e46d-4930-9ddb-0643c9be3764',10,'2026-12-07T12:24:35.163Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','db1dc7650f2bc6b3ad91fb98c435e63b8cce9c71a903b69771f8c23a52765002','6dbbf0770d6095ad031a0e8e87c7b1602f49afddef0670badbfdeb8fa6e5fd32');
INSERT INTO "custody_log" VALUES(66,'2271eaa6-e46d-4930-9ddb-0643c9be3764',11,'2026-12-07T12:24:35.166Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','6dbbf0770d6095ad031a0e8e87c7b1602f49afddef0670badbfdeb8fa6e5fd32','bdd81621f567c080bfa9452afd5b91895007271877d0a43be7ffed8dbfebff52');
INSERT INTO "custody_log" VALUES(67,'2271eaa6-e46d-4930-9ddb-0643c9be3764',12,'2026-12-07T12:24:35.167Z','DEMO-001','finding.raised','{"finding":"e9cdbc67-79ec-4317-9e24-43850ebefa1d","item":1,"rule":"rf_hito_vencido","severity":"media"}','bdd81621f567c080bfa9452afd5b91895007271877d0a43be7ffed8dbfebff52','e31793496351ac42bbde4f80defd25677060c68ac944ac1967b9341a4399afe6');
INSERT INTO "custody_log" VALUES(68,'2271eaa6-e46d-4930-9ddb-0643c9be3764',13,'2026-12-07T12:24:35.167Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','e31793496351ac42bbde4f80defd25677060c68ac944ac1967b9341a4399afe6','80e24eb3b2e96f8c4bf3f864027d053236cc773578b65eb7b83f240b5a15c3f4');
INSERT INTO "custody_log" VALUES(69,'2271eaa6-e46d-4930-9ddb-0643c9be3764',14,'2026-12-07T12:24:35.175Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','80e24eb3b2e96f8c4bf3f864027d053236cc773578b65eb7b83f240b5a15c3f4','3107745c2bae0258b5bffff288b634fb83f242ee730163c909a4c6ef680cf245');
INSERT INTO "custody_log" VALUES(70,'2271eaa6-e46d-4930-9ddb-0643c9be3764',15,'2026-12-07T12:24:35.175Z','DEMO-001','finding.raised','{"finding":"7528055e-23a5-49b5-b89d-d2bd1e5a8bd9","item":1,"rule":"rf_diferencia_avance","severity":"media"}','3107745c2bae0258b5bffff288b634fb83f242ee730163c909a4c6ef680cf245','fc537ab0dd69f1d2bba058b9c989990232da1bad04636e81f22f662ebcbd606f');
INSERT INTO "custody_log" VALUES(71,'2271eaa6-e46d-4930-9ddb-0643c9be3764',16,'2026-12-07T12:24:35.179Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','fc537ab0dd69f1d2bba058b9c989990232da1bad04636e81f22f662ebcbd606f','97a79469754a87a4692739e1cf506cb8c0b8b2ada212cb30cbe57b70097d8ccf');
INSERT INTO "custody_log" VALUES(72,'2271eaa6-e46d-4930-9ddb-0643c9be3764',17,'2026-12-07T12:24:35.181Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','97a79469754a87a4692739e1cf506cb8c0b8b2ada212cb30cbe57b70097d8ccf','726e6dd3f0dd530364adfcd9283f81259f8d10081ed263bc26a55f3ad0e01901');
INSERT INTO "custody_log" VALUES(73,'2271eaa6-e46d-4930-9ddb-0643c9be3764',18,'2026-12-07T12:24:35.181Z','DEMO-001','finding.raised','{"finding":"5350fed8-3dda-4312-858f-2af05e821d44","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','726e6dd3f0dd530364adfcd9283f81259f8d10081ed263bc26a55f3ad0e01901','bd3b05f3800d1df7c443088cea91c7ca962b9b0a77702c327ed5e469a965ff6b');
INSERT INTO "custody_log" VALUES(74,'dce10f05-d1e3-4591-a635-d6a3f80aa476',1,'2026-12-07T12:24:35.183Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','0e08aa3a3cc64fb5576fde1087fa8a1343e958b71ad2976d364ca9fbb4a0bb0b');
INSERT INTO "custody_log" VALUES(75,'dce10f05-d1e3-4591-a635-d6a3f80aa476',2,'2026-12-07T12:24:35.191Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','0e08aa3a3cc64fb5576fde1087fa8a1343e958b71ad2976d364ca9fbb4a0bb0b','30ddd2867794b3d9cb62c945cd22a098f1e9650195bb5d0e9da6f1040a09ed41');
INSERT INTO "custody_log" VALUES(76,'dce10f05-d1e3-4591-a635-d6a3f80aa476',3,'2026-12-07T12:24:35.195Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','30ddd2867794b3d9cb62c945cd22a098f1e9650195bb5d0e9da6f1040a09ed41','d4e3f8dd1108f79c2d5bdebdd69b7e045220fb8480ac8a8939f61b539811febb');
INSERT INTO "custody_log" VALUES(77,'dce10f05-d1e3-4591-a635-d6a3f80aa476',4,'2026-12-07T12:24:35.199Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','d4e3f8dd1108f79c2d5bdebdd69b7e045220fb8480ac8a8939f61b539811febb','b77d89a721be35ee07bedd5aeada651700f3b62f8abe01a4c00bb5ac5c0ce0ee');
INSERT INTO "custody_log" VALUES(78,'dce10f05-d1e3-4591-a635-d6a3f80aa476',5,'2026-12-07T12:24:35.200Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','b77d89a721be35ee07bedd5aeada651700f3b62f8abe01a4c00bb5ac5c0ce0ee','e9a2bb5939d3846e61c0fab347e30f84122293ea538d996d1f98095e7f3edf36');
INSERT INTO "custody_log" VALUES(79,'dce10f05-d1e3-4591-a635-d6a3f80aa476',6,'2026-12-07T12:24:35.203Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','e9a2bb5939d3846e61c0fab347e30f84122293ea538d996d1f98095e7f3edf36','722d3d19e198046772c726b4c7252c5403967f4997be0d148b5d4534f3bb463b');
INSERT INTO "custody_log" VALUES(80,'dce10f05-d1e3-4591-a635-d6a3f80aa476',7,'2026-12-07T12:24:35.204Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','722d3d19e198046772c726b4c7252c5403967f4997be0d148b5d4534f3bb463b','e3dcea36f297269507f74efb064d6b7e53869f6a0cda6f27796167f308b9e432');
INSERT INTO "custody_log" VALUES(81,'dce10f05-d1e3-4591-a635-d6a3f80aa476',8,'2026-12-07T12:24:35.207Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','e3dcea36f297269507f74efb064d6b7e53869f6a0cda6f27796167f308b9e432','a76f3c80e861051abf4be079dc809494ec78dc74d87247f849a2516cf89abf3b');
INSERT INTO "custody_log" VALUES(82,'dce10f05-d1e3-4591-a635-d6a3f80aa476',9,'2026-12-07T12:24:35.211Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','a76f3c80e861051abf4be079dc809494ec78dc74d87247f849a2516cf89abf3b','e15bc8991a3101bcca28a630e145ccc0f179f2b88c20a2c93cc6fb17c1aeb209');
INSERT INTO "custody_log" VALUES(83,'dce10f05-d1e3-4591-a635-d6a3f80aa476',10,'2026-12-07T12:24:35.213Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','e15bc8991a3101bcca28a630e145ccc0f179f2b88c20a2c93cc6fb17c1aeb209','36e16e61dba1e0bfdb6c94f75b173d50800fa0e2622521bb60f29568278c1334');
INSERT INTO "custody_log" VALUES(84,'dce10f05-d1e3-4591-a635-d6a3f80aa476',11,'2026-12-07T12:24:35.215Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','36e16e61dba1e0bfdb6c94f75b173d50800fa0e2622521bb60f29568278c1334','aeef5dd5ef136d122e4f829084692bb46cb7552406bf81fe5cfa9fcef83d1cb8');
INSERT INTO "custody_log" VALUES(85,'dce10f05-d1e3-4591-a635-d6a3f80aa476',12,'2026-12-07T12:24:35.218Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','aeef5dd5ef136d122e4f829084692bb46cb7552406bf81fe5cfa9fcef83d1cb8','5bd343b4fc7ea550cee6016c15cbaee654c5865aa6be741a128e584d5498ab4b');
INSERT INTO "custody_log" VALUES(86,'dce10f05-d1e3-4591-a635-d6a3f80aa476',13,'2026-12-07T12:24:35.220Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','5bd343b4fc7ea550cee6016c15cbaee654c5865aa6be741a128e584d5498ab4b','34c12108b587db1b7bbb6d73d1611a9ead8ecd51ea380c0f0fa2001777a7bc2c');
INSERT INTO "custody_log" VALUES(87,'dce10f05-d1e3-4591-a635-d6a3f80aa476',14,'2026-12-07T12:24:35.221Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','34c12108b587db1b7bbb6d73d1611a9ead8ecd51ea380c0f0fa2001777a7bc2c','ccbf78444ffb47d897132c7fdcd925410c3da273392754f370488022fc9aa2a2');
INSERT INTO "custody_log" VALUES(88,'dce10f05-d1e3-4591-a635-d6a3f80aa476',15,'2026-12-07T12:24:35.222Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','ccbf78444ffb47d897132c7fdcd925410c3da273392754f370488022fc9aa2a2','16350b0699c64aa6aab74f86c418408afa3b05d15565b4417d36c7f205962a60');
INSERT INTO "custody_log" VALUES(89,'dce10f05-d1e3-4591-a635-d6a3f80aa476',16,'2026-12-07T12:24:35.223Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','16350b0699c64aa6aab74f86c418408afa3b05d15565b4417d36c7f205962a60','ed280f1b161f4212f51fdd2dfd7cf46cdf8e3bf9370b40092bc82f29f338bba6');
INSERT INTO "custody_log" VALUES(90,'dce10f05-d1e3-4591-a635-d6a3f80aa476',17,'2026-12-07T12:24:35.224Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','ed280f1b161f4212f51fdd2dfd7cf46cdf8e3bf9370b40092bc82f29f338bba6','47f485448a5de27d39bb305c0a4d8112a44469fba87999eff0fa1f22f7bcfc02');
INSERT INTO "custody_log" VALUES(91,'dce10f05-d1e3-4591-a635-d6a3f80aa476',18,'2026-12-07T12:24:35.227Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','47f485448a5de27d39bb305c0a4d8112a44469fba87999eff0fa1f22f7bcfc02','ab2286b323d63c855245c44c8bfef9e71ad83297ff3a281a891cb41473ae8422');
INSERT INTO "custody_log" VALUES(92,'dce10f05-d1e3-4591-a635-d6a3f80aa476',19,'2026-12-07T12:24:35.230Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','ab2286b323d63c855245c44c8bfef9e71ad83297ff3a281a891cb41473ae8422','69be6ab1f66f173332a7d6bae75a5116d54732f80992469418b59a36ae78a29e');
INSERT INTO "custody_log" VALUES(93,'dce10f05-d1e3-4591-a635-d6a3f80aa476',20,'2026-12-07T12:24:35.235Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','69be6ab1f66f173332a7d6bae75a5116d54732f80992469418b59a36ae78a29e','3cd0e1a14fbb9973b1a2a363c6c5533f93ad48aa0f7b06336c2b3c5e4c507192');
INSERT INTO "custody_log" VALUES(94,'dce10f05-d1e3-4591-a635-d6a3f80aa476',21,'2026-12-07T12:24:35.409Z','DEMO-001','evidence.added','{"evidence":"2be0edb6-f8b5-4115-baee-3180a8bdca0d","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260903_00.jpg","question":"letrero_obra","sha256":"f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04","size":52511}','3cd0e1a14fbb9973b1a2a363c6c5533f93ad48aa0f7b06336c2b3c5e4c507192','538851b190257c20746a22f06414f07ac945dda4baa92424604f19914f56c944');
INSERT INTO "custody_log" VALUES(95,'dce10f05-d1e3-4591-a635-d6a3f80aa476',22,'2026-12-07T12:24:35.534Z','DEMO-001','evidence.added','{"evidence":"0c82d850-80da-469c-b321-8a12739f0358","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260904_01.jpg","question":"obra_en_uso","sha256":"5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d","size":44335}','538851b190257c20746a22f06414f07ac945dda4baa92424604f19914f56c944','ba0766be451cdf906b342991dfd7c994cd5558ee88c2d0f0cbbabbd04be9fd3c');
INSERT INTO "custody_log" VALUES(96,'dce10f05-d1e3-4591-a635-d6a3f80aa476',23,'2026-12-07T12:24:35.695Z','DEMO-001','evidence.added','{"evidence":"c67adfb1-ec61-4fb7-ad88-cbdf1491033d","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260905_02.jpg","question":"fotografias_generales","sha256":"ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76","size":45897}','ba0766be451cdf906b342991dfd7c994cd5558ee88c2d0f0cbbabbd04be9fd3c','4f2ff735a440d4153e79b9be60687b4ef73f7b40941f031eb4069dab4e2b7c09');
INSERT INTO "custody_log" VALUES(97,'dce10f05-d1e3-4591-a635-d6a3f80aa476',24,'2026-12-07T12:24:35.698Z','DEMO-001','audit.finalized','{"content_sha256":"ea36893c9caae66432fd5f8dd3f0fbc2b76a6df0bca9c1dff4f6f4eec8c1a8da"}','4f2ff735a440d4153e79b9be60687b4ef73f7b40941f031eb4069dab4e2b7c09','73918d510cacd68511289ee8169b9cd4785056589a34c68ddfcb16e90ab6150a');
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL DEFAULT 'application/octet-stream',
    original_name TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    captured_at TEXT,
    imported_at TEXT NOT NULL,
    gps_lat REAL,
    gps_lon REAL,
    metadata TEXT NOT NULL DEFAULT '{}',
    removed_at TEXT
);
INSERT INTO "evidence" VALUES('2be0edb6-f8b5-4115-baee-3180a8bdca0d','dce10f05-d1e3-4591-a635-d6a3f80aa476','f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04',52511,'image/jpeg','IMG_20260903_00.jpg','Letrero de obra con monto, contratista y fuente de los recursos','2026-09-03T09:14:02','2026-12-07T12:24:35.408Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('0c82d850-80da-469c-b321-8a12739f0358','dce10f05-d1e3-4591-a635-d6a3f80aa476','5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d',44335,'image/jpeg','IMG_20260904_01.jpg','Techumbre terminada; la cancha está en uso durante el recreo','2026-09-03T09:31:47','2026-12-07T12:24:35.533Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('c67adfb1-ec61-4fb7-ad88-cbdf1491033d','dce10f05-d1e3-4591-a635-d6a3f80aa476','ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76',45897,'image/jpeg','IMG_20260905_02.jpg','Vista general desde el acceso norte','2026-09-03T09:40:10','2026-12-07T12:24:35.695Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1600,"kind":"image","orientation":6,"thumbnail":true,"type_label":"Fotografía JPEG","width":1200}',NULL);
CREATE TABLE evidence_links (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    finding_id TEXT REFERENCES findings(id),
    CHECK ((question_id IS NULL) <> (finding_id IS NULL))
);
INSERT INTO "evidence_links" VALUES('2be0edb6-f8b5-4115-baee-3180a8bdca0d','letrero_obra',-1,NULL);
INSERT INTO "evidence_links" VALUES('0c82d850-80da-469c-b321-8a12739f0358','obra_en_uso',-1,NULL);
INSERT INTO "evidence_links" VALUES('c67adfb1-ec61-4fb7-ad88-cbdf1491033d','fotografias_generales',-1,NULL);
CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    source TEXT NOT NULL CHECK (source IN ('rule', 'manual')),
    rule_id TEXT,
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    severity TEXT NOT NULL CHECK (severity IN ('alta', 'media', 'baja')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'withdrawn')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "findings" VALUES('5c9d1582-7629-45f3-a3f8-538aca54943d','583bdd22-a90b-41a1-839f-e18ff2cc54b2','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-12-07T12:24:35.071Z','2026-12-07T12:24:35.071Z');
INSERT INTO "findings" VALUES('534b35a2-1ffc-4856-9bd9-bb704388a7cf','583bdd22-a90b-41a1-839f-e18ff2cc54b2','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-12-07T12:24:35.077Z','2026-12-07T12:24:35.077Z');
INSERT INTO "findings" VALUES('5e992c31-603b-48a9-8e95-5b04cad29bde','67c47064-f326-4d72-b52c-b45ec12f07b9','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-12-07T12:24:35.082Z','2026-12-07T12:24:35.082Z');
INSERT INTO "findings" VALUES('53072cd8-392c-4797-8e6f-e242bb3f9b05','67c47064-f326-4d72-b52c-b45ec12f07b9','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-12-07T12:24:35.098Z','2026-12-07T12:24:35.098Z');
INSERT INTO "findings" VALUES('c37078c8-c944-4049-ba01-62a676fa2426','b6e63bc6-91d8-44af-a928-ff16ce5a50f5','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-12-07T12:24:35.114Z','2026-12-07T12:24:35.114Z');
INSERT INTO "findings" VALUES('d59af3f8-ef9b-4d52-a5d7-7e617e9b277f','b6e63bc6-91d8-44af-a928-ff16ce5a50f5','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-12-07T12:24:35.119Z','2026-12-07T12:24:35.119Z');
INSERT INTO "findings" VALUES('59f8ea20-8d2c-4d0d-878d-3ed3d92b96a9','eb629917-4c7e-44e2-87ab-914c82c704f5','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-12-07T12:24:35.138Z','2026-12-07T12:24:35.138Z');
INSERT INTO "findings" VALUES('e9cdbc67-79ec-4317-9e24-43850ebefa1d','2271eaa6-e46d-4930-9ddb-0643c9be3764','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-12-07T12:24:35.166Z','2026-12-07T12:24:35.166Z');
INSERT INTO "findings" VALUES('7528055e-23a5-49b5-b89d-d2bd1e5a8bd9','2271eaa6-e46d-4930-9ddb-0643c9be3764','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-12-07T12:24:35.175Z','2026-12-07T12:24:35.175Z');
INSERT INTO "findings" VALUES('5350fed8-3dda-4312-858f-2af05e821d44','2271eaa6-e46d-4930-9ddb-0643c9be3764','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-12-07T12:24:35.181Z','2026-12-07T12:24:35.181Z');
CREATE TABLE observer_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    observer_code TEXT NOT NULL,
    municipality TEXT NOT NULL,
    email TEXT,
    language TEXT NOT NULL DEFAULT 'es',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, institution TEXT);
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-12-07T12:24:34.952Z','2026-12-07T12:24:34.952Z',NULL);
CREATE TABLE outbox (
    submission_id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, audit_version INTEGER, manifest TEXT, audit_json BLOB, report_path TEXT, bytes_total INTEGER NOT NULL DEFAULT 0, error_code TEXT, first_sent_at TEXT, exported_at TEXT, delivered_at TEXT, review_state TEXT, review_comment TEXT, review_at TEXT, review_comments TEXT NOT NULL DEFAULT '[]', record_path TEXT, record_sha256 TEXT);
CREATE TABLE participation_sessions (
    id TEXT PRIMARY KEY,
    event TEXT NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    audit_id TEXT REFERENCES audits(id),
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
, version INTEGER NOT NULL DEFAULT 1, sent_version INTEGER, server_state TEXT, reason TEXT, decided_at TEXT, send_error TEXT, updated_at TEXT);
INSERT INTO "participation_sessions" VALUES('61f94c3a-008a-471c-b7f2-d66139e2f297','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','583bdd22-a90b-41a1-839f-e18ff2cc54b2','Presidencia Municipal','','2026-12-07T12:24:35.700Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T12:24:35.700Z');
INSERT INTO "participation_sessions" VALUES('1e6c2630-101c-49a0-8124-fc414d640111','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','583bdd22-a90b-41a1-839f-e18ff2cc54b2','Presidencia Municipal','','2026-12-07T12:24:35.701Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T12:24:35.701Z');
INSERT INTO "participation_sessions" VALUES('0e8c488f-e066-4d33-b7dd-c3f1dda6d25c','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','b6e63bc6-91d8-44af-a928-ff16ce5a50f5','Col. Riberas de Sacramento','','2026-12-07T12:24:35.702Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T12:24:35.702Z');
INSERT INTO "participation_sessions" VALUES('e5ec01f4-90eb-4864-943f-8c3357b6b3b7','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','dce10f05-d1e3-4591-a635-d6a3f80aa476','El Sauz','','2026-12-07T12:24:35.702Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T12:24:35.702Z');
CREATE TABLE receipts (
    submission_id TEXT PRIMARY KEY REFERENCES outbox(submission_id),
    receipt TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    pdf_sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    signer TEXT NOT NULL,
    signed_at TEXT NOT NULL
);
CREATE TABLE schema_migrations ( version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-12-07T12:24:34.925395+00:00');
INSERT INTO "schema_migrations" VALUES(2,'sync outbox: manifest, audit blob, errors, reviews','2026-12-07T12:24:34.929791+00:00');
INSERT INTO "schema_migrations" VALUES(3,'settings table for databases of the first release','2026-12-07T12:24:34.930260+00:00');
INSERT INTO "schema_migrations" VALUES(4,'the OIC''s per-question comments of a review','2026-12-07T12:24:34.930802+00:00');
INSERT INTO "schema_migrations" VALUES(5,'participation sessions sent to the OIC; the profile''s institution','2026-12-07T12:24:34.932558+00:00');
INSERT INTO "schema_migrations" VALUES(6,'the OIC''s agenda of events and the observer''s sign-ups','2026-12-07T12:24:34.935768+00:00');
INSERT INTO "schema_migrations" VALUES(7,'the OIC''s copy of record of a delivered report','2026-12-07T12:24:34.936720+00:00');
CREATE TABLE session_deletions (
    session_id TEXT PRIMARY KEY,
    row TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    send_error TEXT
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE signups (
    id TEXT PRIMARY KEY,
    event_id INTEGER NOT NULL UNIQUE,
    declaration_text TEXT NOT NULL,
    declared_at TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    sent_version INTEGER,
    state TEXT,
    reason TEXT,
    send_error TEXT,
    seq INTEGER,
    audit_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX audits_status ON audits(status);
CREATE INDEX audits_updated ON audits(updated_at);
CREATE INDEX audits_form ON audits(form_id);
CREATE UNIQUE INDEX findings_rule ON findings(audit_id, rule_id, item) WHERE source = 'rule';
CREATE INDEX findings_audit ON findings(audit_id);
CREATE INDEX evidence_audit ON evidence(audit_id);
CREATE INDEX evidence_sha ON evidence(sha256);
CREATE UNIQUE INDEX evidence_links_unique
    ON evidence_links(evidence_id, coalesce(question_id, ''), item, coalesce(finding_id, ''));
CREATE INDEX sessions_date ON participation_sessions(date);
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'custody_log is append-only');
END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'custody_log is append-only');
END;
CREATE INDEX outbox_audit ON outbox(audit_id);
CREATE INDEX outbox_state ON outbox(state)
;
CREATE INDEX agenda_events_date ON agenda_events (date, start_time);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('custody_log',97);
COMMIT;

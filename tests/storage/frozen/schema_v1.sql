BEGIN TRANSACTION;
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
INSERT INTO "answers" VALUES('3d94d984-7139-450a-bc30-07263eec45b1','convocatoria_publicada',-1,'"na"',NULL,'2026-11-26T16:24:27.637Z','2026-11-26T16:24:27.637Z');
INSERT INTO "answers" VALUES('3d94d984-7139-450a-bc30-07263eec45b1','dictamen_comite',-1,'"si"',NULL,'2026-11-26T16:24:27.642Z','2026-11-26T16:24:27.642Z');
INSERT INTO "answers" VALUES('3d94d984-7139-450a-bc30-07263eec45b1','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-11-26T16:24:27.640Z','2026-11-26T16:24:27.640Z');
INSERT INTO "answers" VALUES('3d94d984-7139-450a-bc30-07263eec45b1','especificaciones_dirigidas',-1,'"si"',NULL,'2026-11-26T16:24:27.638Z','2026-11-26T16:24:27.638Z');
INSERT INTO "answers" VALUES('3d94d984-7139-450a-bc30-07263eec45b1','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-26T16:24:27.641Z','2026-11-26T16:24:27.641Z');
INSERT INTO "answers" VALUES('3d94d984-7139-450a-bc30-07263eec45b1','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-11-26T16:24:27.641Z','2026-11-26T16:24:27.641Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','avance_obra_publicado',-1,'"si"',NULL,'2026-11-26T16:24:27.785Z','2026-11-26T16:24:27.785Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','contrato_en_sipot',-1,'"si"',NULL,'2026-11-26T16:24:27.773Z','2026-11-26T16:24:27.773Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','enlace_convocatoria',-1,'"si"',NULL,'2026-11-26T16:24:27.777Z','2026-11-26T16:24:27.777Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','enlace_dictamen',-1,'"no"',NULL,'2026-11-26T16:24:27.779Z','2026-11-26T16:24:27.779Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','enlace_fallo',-1,'"si"',NULL,'2026-11-26T16:24:27.778Z','2026-11-26T16:24:27.778Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-11-26T16:24:27.776Z','2026-11-26T16:24:27.776Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','finiquito_publicado',-1,'"na"',NULL,'2026-11-26T16:24:27.787Z','2026-11-26T16:24:27.787Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','formato_datos',-1,'"abierto"',NULL,'2026-11-26T16:24:27.792Z','2026-11-26T16:24:27.792Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','lista_asistentes_publicada',-1,'"si"',NULL,'2026-11-26T16:24:27.780Z','2026-11-26T16:24:27.780Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','listado_obras_publicado',-1,'"si"',NULL,'2026-11-26T16:24:27.791Z','2026-11-26T16:24:27.791Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-11-26T16:24:27.789Z','2026-11-26T16:24:27.789Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-11-26T16:24:27.782Z','2026-11-26T16:24:27.782Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-11-26T16:24:27.793Z','2026-11-26T16:24:27.793Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','padron_proveedores_publicado',-1,'"si"',NULL,'2026-11-26T16:24:27.790Z','2026-11-26T16:24:27.790Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','partida_origen_publicados',-1,'"si"',NULL,'2026-11-26T16:24:27.784Z','2026-11-26T16:24:27.784Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','recepcion_obra_publicada',-1,'"na"',NULL,'2026-11-26T16:24:27.786Z','2026-11-26T16:24:27.786Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-11-26T16:24:27.775Z','2026-11-26T16:24:27.775Z');
INSERT INTO "answers" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','version_publica_contrato',-1,'"si"',NULL,'2026-11-26T16:24:27.783Z','2026-11-26T16:24:27.783Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','avance_financiero_pagado',-1,'68',NULL,'2026-11-26T16:24:27.714Z','2026-11-26T16:24:27.714Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-11-26T16:24:27.712Z','2026-11-26T16:24:27.712Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','avance_fisico_reportado',-1,'70',NULL,'2026-11-26T16:24:27.713Z','2026-11-26T16:24:27.713Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','bitacora_al_dia',-1,'"si"',NULL,'2026-11-26T16:24:27.710Z','2026-11-26T16:24:27.710Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','estado_programa',-1,'"atrasada"',NULL,'2026-11-26T16:24:27.715Z','2026-11-26T16:24:27.715Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','expediente_disponible',-1,'"si"',NULL,'2026-11-26T16:24:27.707Z','2026-11-26T16:24:27.707Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-11-26T16:24:27.711Z','2026-11-26T16:24:27.711Z');
INSERT INTO "answers" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-11-26T16:24:27.709Z','2026-11-26T16:24:27.709Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','acta_junta_publicada',-1,'"si"',NULL,'2026-11-26T16:24:27.627Z','2026-11-26T16:24:27.627Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','apertura_publica',-1,'"si"',NULL,'2026-11-26T16:24:27.633Z','2026-11-26T16:24:27.633Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','asistentes_junta',-1,'3',NULL,'2026-11-26T16:24:27.629Z','2026-11-26T16:24:27.629Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-11-26T16:24:27.630Z','2026-11-26T16:24:27.630Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','convocatoria_publicada',-1,'"si"',NULL,'2026-11-26T16:24:27.621Z','2026-11-26T16:24:27.621Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','especificaciones_dirigidas',-1,'"no"',NULL,'2026-11-26T16:24:27.625Z','2026-11-26T16:24:27.625Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-11-26T16:24:27.624Z','2026-11-26T16:24:27.624Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-11-26T16:24:27.623Z','2026-11-26T16:24:27.623Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','indicios_colusion',-1,'"no"',NULL,'2026-11-26T16:24:27.635Z','2026-11-26T16:24:27.635Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-26T16:24:27.626Z','2026-11-26T16:24:27.626Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-11-26T16:24:27.631Z','2026-11-26T16:24:27.631Z');
INSERT INTO "answers" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','propuesta_extemporanea',-1,'"no"',NULL,'2026-11-26T16:24:27.634Z','2026-11-26T16:24:27.634Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','acta_entrega_recepcion',-1,'"si"',NULL,'2026-11-26T16:24:27.843Z','2026-11-26T16:24:27.843Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','anticipo_amortizado',-1,'"si"',NULL,'2026-11-26T16:24:27.840Z','2026-11-26T16:24:27.840Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','avance_financiero_pagado',-1,'100',NULL,'2026-11-26T16:24:27.835Z','2026-11-26T16:24:27.835Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','avance_fisico_observado',-1,'100',NULL,'2026-11-26T16:24:27.833Z','2026-11-26T16:24:27.833Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','avance_fisico_reportado',-1,'100',NULL,'2026-11-26T16:24:27.834Z','2026-11-26T16:24:27.834Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','bitacora_al_dia',-1,'"si"',NULL,'2026-11-26T16:24:27.831Z','2026-11-26T16:24:27.831Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','cantidades_coinciden',-1,'"si"',NULL,'2026-11-26T16:24:27.836Z','2026-11-26T16:24:27.836Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','comite_contraloria_social',-1,'"si"',NULL,'2026-11-26T16:24:27.841Z','2026-11-26T16:24:27.841Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','convenios_modificatorios',-1,'"no"',NULL,'2026-11-26T16:24:27.839Z','2026-11-26T16:24:27.839Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','defectos_visibles',-1,'"ninguno"',NULL,'2026-11-26T16:24:27.838Z','2026-11-26T16:24:27.838Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','estado_programa',-1,'"terminada"',NULL,'2026-11-26T16:24:27.835Z','2026-11-26T16:24:27.835Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','expediente_disponible',-1,'"si"',NULL,'2026-11-26T16:24:27.830Z','2026-11-26T16:24:27.830Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-11-26T16:24:27.832Z','2026-11-26T16:24:27.832Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','letrero_obra',-1,'"si"',NULL,'2026-11-26T16:24:27.831Z','2026-11-26T16:24:27.831Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','materiales_conformes',-1,'"si"',NULL,'2026-11-26T16:24:27.837Z','2026-11-26T16:24:27.837Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','obra_en_uso',-1,'"si"',NULL,'2026-11-26T16:24:27.844Z','2026-11-26T16:24:27.844Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-11-26T16:24:27.844Z','2026-11-26T16:24:27.844Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','pruebas_laboratorio',-1,'"si"',NULL,'2026-11-26T16:24:27.838Z','2026-11-26T16:24:27.838Z');
INSERT INTO "answers" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','quejas_vecinos',-1,'"no"',NULL,'2026-11-26T16:24:27.842Z','2026-11-26T16:24:27.842Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-11-26T16:24:27.816Z','2026-11-26T16:24:27.816Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-11-26T16:24:27.822Z','2026-11-26T16:24:27.822Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','entregable_verificable',0,'"si"',NULL,'2026-11-26T16:24:27.817Z','2026-11-26T16:24:27.817Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','entregable_verificable',1,'"si"',NULL,'2026-11-26T16:24:27.823Z','2026-11-26T16:24:27.823Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','estatus',0,'"completo"',NULL,'2026-11-26T16:24:27.818Z','2026-11-26T16:24:27.818Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','estatus',1,'"limitado"',NULL,'2026-11-26T16:24:27.824Z','2026-11-26T16:24:27.824Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','grupo_coordinador_participo',-1,'"si"',NULL,'2026-11-26T16:24:27.827Z','2026-11-26T16:24:27.827Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','informe_avance_publicado',-1,'"no"',NULL,'2026-11-26T16:24:27.827Z','2026-11-26T16:24:27.827Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','porcentaje_reportado',0,'100',NULL,'2026-11-26T16:24:27.819Z','2026-11-26T16:24:27.819Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','porcentaje_reportado',1,'80',NULL,'2026-11-26T16:24:27.825Z','2026-11-26T16:24:27.825Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','porcentaje_verificado',0,'100',NULL,'2026-11-26T16:24:27.820Z','2026-11-26T16:24:27.820Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','porcentaje_verificado',1,'40',NULL,'2026-11-26T16:24:27.826Z','2026-11-26T16:24:27.826Z');
INSERT INTO "answers" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-11-26T16:24:27.821Z','2026-11-26T16:24:27.821Z');
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
INSERT INTO "audits" VALUES('710dbfe7-5b7c-458f-bce7-ae1538833672','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','710dbfe7-5b7c-458f-bce7-ae1538833672 procedimiento_contratacion observación de procedimiento de contratación lp-mch-adq-014-2026 — adquisición de uniformes para la secretaría de seguridad pública lp-mch-adq-014-2026 dirección de recursos materiales adquisición de uniformes para la secretaría de seguridad pública licitación pública nacional municipal 4850000 presentación y apertura de proposiciones 2026-10-14 sala de juntas del comité de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','{}','2026-11-26T16:24:27.540Z','2026-11-26T16:24:27.635Z',NULL,NULL,'bcda06a9c6145216eac5c838b1c936083f97bfef2113c5bf96727a128f759865',15);
INSERT INTO "audits" VALUES('3d94d984-7139-450a-bc30-07263eec45b1','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','3d94d984-7139-450a-bc30-07263eec45b1 procedimiento_contratacion observación de procedimiento de contratación ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 dirección de alumbrado público mantenimiento correctivo de luminarias en el sector poniente adjudicación directa nacional estatal 1280000 lectura o notificación del fallo 2026-11-05 oficinas de la dirección de alumbrado público no','2026-11-05','DEMO-001','{}','2026-11-26T16:24:27.636Z','2026-11-26T16:24:27.643Z',NULL,NULL,'fdb0a7e60bb10a99dc711d4d97e6e8218817496b6a30d7efb714ab9fd4129cac',9);
INSERT INTO "audits" VALUES('6bf2e4de-d672-4e93-aa9e-7f426ccf1798','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','6bf2e4de-d672-4e93-aa9e-7f426ccf1798 visita_obra_publica visita de verificación de obra pública op-mch-fism-007-2026 — pavimentación con concreto hidráulico de la calle libertad op-mch-fism-007-2026 pavimentación con concreto hidráulico de la calle libertad calle libertad entre av. tecnológico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chávez domínguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','{}','2026-11-26T16:24:27.644Z','2026-11-26T16:24:27.715Z',NULL,NULL,'25d8de3bf5c3357b2fbf8ec1ffafe26c2c880aa9feb75a376c14a43e8ea2f593',11);
INSERT INTO "audits" VALUES('56805940-d183-46fa-bdc5-124b6bb39eaa','transparencia_contratacion',1,'605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','56805940-d183-46fa-bdc5-124b6bb39eaa transparencia_contratacion revisión de transparencia de la contratación lp-mch-op-009-2026 — rehabilitación del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 dirección de obras públicas rehabilitación del parque los nogales obra pública licitación pública urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-11-26T16:24:27.717Z','2026-11-26T16:24:27.794Z','2026-11-26T16:24:27.794Z','e0861fbbc0d06bf1d23584ec99185564e284c1fabaaa451ff2db89bef9966d8f','220fca4515a314ed61f66e14e13d3377a593493fe4ac11a8e0e048289942c720',21);
INSERT INTO "audits" VALUES('9a7d00d6-dd8a-431f-89dd-933c9789f472','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','9a7d00d6-dd8a-431f-89dd-933c9789f472 seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rápida de empresas 2 apertura rápida de empresas primer plan de acción local de gobierno abierto de chihuahua dirección de desarrollo económico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba más de 30 días hábiles. acceso a la información rendición de cuentas','2025-03-01','DEMO-001','{}','2026-11-26T16:24:27.795Z','2026-11-26T16:24:27.827Z',NULL,NULL,'71470be5a8dcac9885b441079446576f23e222706128ce6ae5f285095e5e43ab',18);
INSERT INTO "audits" VALUES('727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','727c0a0e-e2bf-40f5-b5e3-88f0007c71b7 visita_obra_publica visita de verificación de obra pública op-mch-rp-021-2026 — construcción de techumbre en cancha de usos múltiples op-mch-rp-021-2026 construcción de techumbre en cancha de usos múltiples escuela primaria benito juárez, localidad el sauz estructuras metálicas cuauhtémoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-11-26T16:24:27.828Z','2026-11-26T16:24:27.845Z','2026-11-26T16:24:27.845Z','d4ffd4e4bbf14917972788fc2fa2a738092da4e5332c561e0e03fc344c3115d3','bb3a514a14ee03b45034d1f27fd111999031b4c2813b2ab7105a991c535c2786',21);
CREATE TABLE checklists (
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (form_id, version)
);
INSERT INTO "checklists" VALUES('procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','Observación de procedimiento de contratación','# Lista de verificación 1 — Observación de procedimiento de contratación.
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
version: 1
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
        help:
          es: >-
            Con ambas fechas la aplicación calcula el plazo para preparar
            ofertas. El plazo mínimo legal está por confirmar [verificar]; la
            referencia usada es de 15 días naturales y el OIC puede cambiarla.
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
          es: Marque NA si la convocatoria no previó junta de aclaraciones.
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
          es: Marque NA si el contrato la exceptúa conforme a la ley.
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
        help:
          es: >-
            Busque en el padrón de contratos del mismo periodo compras
            parecidas al mismo proveedor que, sumadas, habrían exigido
            licitación o invitación. Los montos máximos los fija cada año el
            presupuesto de egresos [verificar].
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
','2026-11-26T16:24:27.540Z');
INSERT INTO "checklists" VALUES('visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','Visita de verificación de obra pública','# Lista de verificación 2 — Visita de verificación de obra pública.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 2".
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Las señales de alerta son avisos para revisar, nunca prueba de una falta.
# Los umbrales viven en `constants:`; los marcados [verificar] o
# [umbral a definir] deben confirmarlos el OIC.

id: visita_obra_publica
version: 1
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
        help:
          es: >-
            Fotografíe el letrero completo y legible. La obligación de colocarlo
            y los datos que debe llevar están por confirmar [verificar
            obligación].
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
          es: Por ejemplo, resistencia del concreto, compactación de terracerías. Marque NA si la obra no las requiere.
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
          es: Marque NA si no hubo anticipo.
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
          es: Marque NA si la obra todavía está en proceso y no se ha pagado la última estimación.
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
','2026-11-26T16:24:27.644Z');
INSERT INTO "checklists" VALUES('transparencia_contratacion',1,'605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc','Revisión de transparencia de la contratación','# Lista de verificación 3 — Revisión de transparencia de la contratación.
#
# Contenido: /work/shared/domain/checklists.md, "Checklist 3".
# Revisión de gabinete: se hace desde la computadora, consultando el SIPOT
# (Plataforma Nacional de Transparencia) y el portal del municipio.
# Severidad: alta = posible incumplimiento legal, escalar al OIC;
#            media = debilidad de control o de transparencia;
#            baja = buena práctica.
# Evidencia: captura de pantalla con la dirección (URL) y la fecha de consulta.

id: transparencia_contratacion
version: 1
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
        help:
          es: >-
            Campo «fecha de actualización» del formato. La aplicación la compara
            con el inicio del contrato; el plazo de referencia (trimestre más
            30 días) está por confirmar [verificar].
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
','2026-11-26T16:24:27.717Z');
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
','2026-11-26T16:24:27.795Z');
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
INSERT INTO "custody_log" VALUES(1,'710dbfe7-5b7c-458f-bce7-ae1538833672',1,'2026-11-26T16:24:27.541Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','3ebb6b340475daafbc0e5e2470971576e9e4925da100e03b0abdc25d14e2980e');
INSERT INTO "custody_log" VALUES(2,'710dbfe7-5b7c-458f-bce7-ae1538833672',2,'2026-11-26T16:24:27.622Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','3ebb6b340475daafbc0e5e2470971576e9e4925da100e03b0abdc25d14e2980e','4ed68b9729c4f51fcef4e28b85859c25d7c0df2e3bbd48d0767f1d615d187d60');
INSERT INTO "custody_log" VALUES(3,'710dbfe7-5b7c-458f-bce7-ae1538833672',3,'2026-11-26T16:24:27.623Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','4ed68b9729c4f51fcef4e28b85859c25d7c0df2e3bbd48d0767f1d615d187d60','30124f43cd4e4ab38d2767bc8f7fcd6b1639ce064cf73db67dbdb3b582faf517');
INSERT INTO "custody_log" VALUES(4,'710dbfe7-5b7c-458f-bce7-ae1538833672',4,'2026-11-26T16:24:27.624Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','30124f43cd4e4ab38d2767bc8f7fcd6b1639ce064cf73db67dbdb3b582faf517','05afb430b32f793d7c537e8c06b6b71d2c8929f4936e29afc554e9a59a23d974');
INSERT INTO "custody_log" VALUES(5,'710dbfe7-5b7c-458f-bce7-ae1538833672',5,'2026-11-26T16:24:27.625Z','DEMO-001','finding.raised','{"finding":"1651b35e-da63-4e8d-be33-c01135aeb469","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','05afb430b32f793d7c537e8c06b6b71d2c8929f4936e29afc554e9a59a23d974','5dccd78d017cfbf7677f7c80ee7e8c70f31e97aa7c8513431dbdfe54b90a5008');
INSERT INTO "custody_log" VALUES(6,'710dbfe7-5b7c-458f-bce7-ae1538833672',6,'2026-11-26T16:24:27.626Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','5dccd78d017cfbf7677f7c80ee7e8c70f31e97aa7c8513431dbdfe54b90a5008','15d4cea644f718b5a62c46c5f77d200c560a7e0a7a4ed979177f492c752ebba8');
INSERT INTO "custody_log" VALUES(7,'710dbfe7-5b7c-458f-bce7-ae1538833672',7,'2026-11-26T16:24:27.627Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','15d4cea644f718b5a62c46c5f77d200c560a7e0a7a4ed979177f492c752ebba8','8a1315eec1baee03b24292ab8531050bbd2581d760709504ed92fe716faf3bb9');
INSERT INTO "custody_log" VALUES(8,'710dbfe7-5b7c-458f-bce7-ae1538833672',8,'2026-11-26T16:24:27.628Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','8a1315eec1baee03b24292ab8531050bbd2581d760709504ed92fe716faf3bb9','f8d3400a7a21391c3ccb6c6b8c18cb8ba643030048d67db99faca2249cc78154');
INSERT INTO "custody_log" VALUES(9,'710dbfe7-5b7c-458f-bce7-ae1538833672',9,'2026-11-26T16:24:27.629Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','f8d3400a7a21391c3ccb6c6b8c18cb8ba643030048d67db99faca2249cc78154','ebbea55392c5b6e4494df1c9055726d0506fdd8cddadcd6ff66f59dd53ff7dff');
INSERT INTO "custody_log" VALUES(10,'710dbfe7-5b7c-458f-bce7-ae1538833672',10,'2026-11-26T16:24:27.630Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','ebbea55392c5b6e4494df1c9055726d0506fdd8cddadcd6ff66f59dd53ff7dff','19a7b2cffdb8e9b8a196dbd8d3b57d75ea03f4cd504a6a8dd102da2722ca5836');
INSERT INTO "custody_log" VALUES(11,'710dbfe7-5b7c-458f-bce7-ae1538833672',11,'2026-11-26T16:24:27.631Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','19a7b2cffdb8e9b8a196dbd8d3b57d75ea03f4cd504a6a8dd102da2722ca5836','2cefa7818513d3ed4959597073444663955056f6a02a5acaa22e06bb5c82e5cd');
INSERT INTO "custody_log" VALUES(12,'710dbfe7-5b7c-458f-bce7-ae1538833672',12,'2026-11-26T16:24:27.632Z','DEMO-001','finding.raised','{"finding":"98fbd421-f057-4af3-b429-17bf02778946","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','2cefa7818513d3ed4959597073444663955056f6a02a5acaa22e06bb5c82e5cd','94b219ea9aa06e2772df6a4a7fcc19fb5441e773850ba9e4a0ed755dbda73419');
INSERT INTO "custody_log" VALUES(13,'710dbfe7-5b7c-458f-bce7-ae1538833672',13,'2026-11-26T16:24:27.633Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','94b219ea9aa06e2772df6a4a7fcc19fb5441e773850ba9e4a0ed755dbda73419','b7425db793aa592fbe9171bd52e6e6874dffb23bcbff615a60df691824f7f706');
INSERT INTO "custody_log" VALUES(14,'710dbfe7-5b7c-458f-bce7-ae1538833672',14,'2026-11-26T16:24:27.634Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','b7425db793aa592fbe9171bd52e6e6874dffb23bcbff615a60df691824f7f706','c4d57180d22c3653ad6074e794bce9855435699993b7df7f873a08e2c6323b97');
INSERT INTO "custody_log" VALUES(15,'710dbfe7-5b7c-458f-bce7-ae1538833672',15,'2026-11-26T16:24:27.635Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','c4d57180d22c3653ad6074e794bce9855435699993b7df7f873a08e2c6323b97','bcda06a9c6145216eac5c838b1c936083f97bfef2113c5bf96727a128f759865');
INSERT INTO "custody_log" VALUES(16,'3d94d984-7139-450a-bc30-07263eec45b1',1,'2026-11-26T16:24:27.636Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','23ec8ea411664fc13bd91839163efdf5ebe37bd060c4f7832b3ae6a267eb7549');
INSERT INTO "custody_log" VALUES(17,'3d94d984-7139-450a-bc30-07263eec45b1',2,'2026-11-26T16:24:27.637Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"na"}','23ec8ea411664fc13bd91839163efdf5ebe37bd060c4f7832b3ae6a267eb7549','78ff1e4879a6461a77fb6b0cf707e25f2e730230d111b805c6f44e6c2339e85a');
INSERT INTO "custody_log" VALUES(18,'3d94d984-7139-450a-bc30-07263eec45b1',3,'2026-11-26T16:24:27.638Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','78ff1e4879a6461a77fb6b0cf707e25f2e730230d111b805c6f44e6c2339e85a','38bf15499423cbe9f93628667f6dc8ab4a16db682bbaa3783ca27ee3ec52f355');
INSERT INTO "custody_log" VALUES(19,'3d94d984-7139-450a-bc30-07263eec45b1',4,'2026-11-26T16:24:27.639Z','DEMO-001','finding.raised','{"finding":"6b2e6ff4-914e-46dc-827a-9bf0b3257ffc","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','38bf15499423cbe9f93628667f6dc8ab4a16db682bbaa3783ca27ee3ec52f355','60cde5150d914f5812407fe9379e33494ba118acf403668a04a7e8feb8b8a0bd');
INSERT INTO "custody_log" VALUES(20,'3d94d984-7139-450a-bc30-07263eec45b1',5,'2026-11-26T16:24:27.640Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','60cde5150d914f5812407fe9379e33494ba118acf403668a04a7e8feb8b8a0bd','1e6b4f68f80a3d88d07d5fd8ea0f4e3c6db46a6d18e16ccd08e195d60b32ac47');
INSERT INTO "custody_log" VALUES(21,'3d94d984-7139-450a-bc30-07263eec45b1',6,'2026-11-26T16:24:27.641Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','1e6b4f68f80a3d88d07d5fd8ea0f4e3c6db46a6d18e16ccd08e195d60b32ac47','7a8263c79e7e0779538d4eef520f946d9bbff1aba3c3e592246a054da30f3d62');
INSERT INTO "custody_log" VALUES(22,'3d94d984-7139-450a-bc30-07263eec45b1',7,'2026-11-26T16:24:27.642Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','7a8263c79e7e0779538d4eef520f946d9bbff1aba3c3e592246a054da30f3d62','e207cffd3f6ee338d1e0f74cd1a98316e954b0e186a33590718dbf9504e1bc72');
INSERT INTO "custody_log" VALUES(23,'3d94d984-7139-450a-bc30-07263eec45b1',8,'2026-11-26T16:24:27.642Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','e207cffd3f6ee338d1e0f74cd1a98316e954b0e186a33590718dbf9504e1bc72','d5db5cd04cfe58dc5247e2c82d7556550d7df71593f8f2d7aa80356967cc07b1');
INSERT INTO "custody_log" VALUES(24,'3d94d984-7139-450a-bc30-07263eec45b1',9,'2026-11-26T16:24:27.644Z','DEMO-001','finding.added','{"finding":"80184306-5bca-4362-a4f2-10fa77b94069","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','d5db5cd04cfe58dc5247e2c82d7556550d7df71593f8f2d7aa80356967cc07b1','fdb0a7e60bb10a99dc711d4d97e6e8218817496b6a30d7efb714ab9fd4129cac');
INSERT INTO "custody_log" VALUES(25,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',1,'2026-11-26T16:24:27.645Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','383fa6600dbe804f91c93f51d536edd9775c05ec81d451601bdefb3d00821aac');
INSERT INTO "custody_log" VALUES(26,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',2,'2026-11-26T16:24:27.707Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','383fa6600dbe804f91c93f51d536edd9775c05ec81d451601bdefb3d00821aac','36ebdf1ddbc919330821b344caeaedc2784b7ea15d798db0af8ea63188882b53');
INSERT INTO "custody_log" VALUES(27,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',3,'2026-11-26T16:24:27.709Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','36ebdf1ddbc919330821b344caeaedc2784b7ea15d798db0af8ea63188882b53','1892a458668c7c3a033d2758c199af1568a9e98a70969179498a025f3f975441');
INSERT INTO "custody_log" VALUES(28,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',4,'2026-11-26T16:24:27.709Z','DEMO-001','finding.raised','{"finding":"4ff70913-ccdc-48f2-8727-b7f013e8fef5","item":null,"rule":"rf_sin_letrero","severity":"media"}','1892a458668c7c3a033d2758c199af1568a9e98a70969179498a025f3f975441','0b42fb0329558807e56df61181fe1fec83bf9d153177594cd0349d8cbaa15872');
INSERT INTO "custody_log" VALUES(29,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',5,'2026-11-26T16:24:27.710Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','0b42fb0329558807e56df61181fe1fec83bf9d153177594cd0349d8cbaa15872','801dacc39bad1a6fcc6c2b9003a5baef92e4d36bcce1a381b085ee292a2d2e86');
INSERT INTO "custody_log" VALUES(30,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',6,'2026-11-26T16:24:27.711Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','801dacc39bad1a6fcc6c2b9003a5baef92e4d36bcce1a381b085ee292a2d2e86','fe767e6176d86dafa2e1ace9f6b679ff4f8a1026ff880ed1012bf2ecc5a7e0f3');
INSERT INTO "custody_log" VALUES(31,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',7,'2026-11-26T16:24:27.712Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','fe767e6176d86dafa2e1ace9f6b679ff4f8a1026ff880ed1012bf2ecc5a7e0f3','08081f8bfcc93b92ec07d89f7b829ea3934dcc2b80dd383b451bd2d28db4ee0e');
INSERT INTO "custody_log" VALUES(32,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',8,'2026-11-26T16:24:27.713Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','08081f8bfcc93b92ec07d89f7b829ea3934dcc2b80dd383b451bd2d28db4ee0e','a24937f0795eb8f0741d509825a9a804022e0bf64acaa1107d6a8b24a6ba8cb6');
INSERT INTO "custody_log" VALUES(33,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',9,'2026-11-26T16:24:27.714Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','a24937f0795eb8f0741d509825a9a804022e0bf64acaa1107d6a8b24a6ba8cb6','ab0b66214ca86e28adefe17250459115045f8a154b6d4d3157d3288da452ab13');
INSERT INTO "custody_log" VALUES(34,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',10,'2026-11-26T16:24:27.715Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','ab0b66214ca86e28adefe17250459115045f8a154b6d4d3157d3288da452ab13','a12e150b173cd65719f8782d97f673b1bf68978d0d63bdf872c325b1cf06d646');
INSERT INTO "custody_log" VALUES(35,'6bf2e4de-d672-4e93-aa9e-7f426ccf1798',11,'2026-11-26T16:24:27.716Z','DEMO-001','finding.raised','{"finding":"d941a181-a837-4586-8220-7bd31cdc188a","item":null,"rule":"rf_obra_atrasada","severity":"media"}','a12e150b173cd65719f8782d97f673b1bf68978d0d63bdf872c325b1cf06d646','25d8de3bf5c3357b2fbf8ec1ffafe26c2c880aa9feb75a376c14a43e8ea2f593');
INSERT INTO "custody_log" VALUES(36,'56805940-d183-46fa-bdc5-124b6bb39eaa',1,'2026-11-26T16:24:27.717Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc","form_version":1,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','ea43b67df9fb502568385f043a840dc873727ec276f0b453a4c37dbd475a27fa');
INSERT INTO "custody_log" VALUES(37,'56805940-d183-46fa-bdc5-124b6bb39eaa',2,'2026-11-26T16:24:27.773Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','ea43b67df9fb502568385f043a840dc873727ec276f0b453a4c37dbd475a27fa','ea18d05e9d18f891f75114375edab4ca41bb7ffc459764500ecf4f4febcbe698');
INSERT INTO "custody_log" VALUES(38,'56805940-d183-46fa-bdc5-124b6bb39eaa',3,'2026-11-26T16:24:27.775Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','ea18d05e9d18f891f75114375edab4ca41bb7ffc459764500ecf4f4febcbe698','105e83649d7713827d1f801eda249e65b899bfdc9528fbf034cc5175361c8164');
INSERT INTO "custody_log" VALUES(39,'56805940-d183-46fa-bdc5-124b6bb39eaa',4,'2026-11-26T16:24:27.776Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','105e83649d7713827d1f801eda249e65b899bfdc9528fbf034cc5175361c8164','817a74b6b6d756c1ff1a5eeb7aa5b9868efac0fc2c102ff8eb093cd364a4820c');
INSERT INTO "custody_log" VALUES(40,'56805940-d183-46fa-bdc5-124b6bb39eaa',5,'2026-11-26T16:24:27.777Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','817a74b6b6d756c1ff1a5eeb7aa5b9868efac0fc2c102ff8eb093cd364a4820c','2dd52d2eab0288e748a6409fb855521ec6f415e3a3305fee0ba27980c6287320');
INSERT INTO "custody_log" VALUES(41,'56805940-d183-46fa-bdc5-124b6bb39eaa',6,'2026-11-26T16:24:27.778Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','2dd52d2eab0288e748a6409fb855521ec6f415e3a3305fee0ba27980c6287320','daf99590ad6b7e353e68136a2b993c2b24b5a6b320c849c169be0b77a95f8e00');
INSERT INTO "custody_log" VALUES(42,'56805940-d183-46fa-bdc5-124b6bb39eaa',7,'2026-11-26T16:24:27.779Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','daf99590ad6b7e353e68136a2b993c2b24b5a6b320c849c169be0b77a95f8e00','346e0962ceabd4bf43091d834465c5ca269b0d43cb2af4411866fca76a957932');
INSERT INTO "custody_log" VALUES(43,'56805940-d183-46fa-bdc5-124b6bb39eaa',8,'2026-11-26T16:24:27.780Z','DEMO-001','finding.raised','{"finding":"30df21ab-1ba9-449f-a10d-4a86c372e42a","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','346e0962ceabd4bf43091d834465c5ca269b0d43cb2af4411866fca76a957932','5a43eef31c7bd81651fc690a0256dd3be816714acdb4c77de18267ae72413a52');
INSERT INTO "custody_log" VALUES(44,'56805940-d183-46fa-bdc5-124b6bb39eaa',9,'2026-11-26T16:24:27.780Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','5a43eef31c7bd81651fc690a0256dd3be816714acdb4c77de18267ae72413a52','1010c8482487ebe6fccc2946f2a40bd1d8f6172cd79f91c9cbb1bf5a752fc52d');
INSERT INTO "custody_log" VALUES(45,'56805940-d183-46fa-bdc5-124b6bb39eaa',10,'2026-11-26T16:24:27.782Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','1010c8482487ebe6fccc2946f2a40bd1d8f6172cd79f91c9cbb1bf5a752fc52d','31d50ff349bd121b57d73603fa4c0c15acf06ef833c2735b954b8ca5d7bbc608');
INSERT INTO "custody_log" VALUES(46,'56805940-d183-46fa-bdc5-124b6bb39eaa',11,'2026-11-26T16:24:27.783Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','31d50ff349bd121b57d73603fa4c0c15acf06ef833c2735b954b8ca5d7bbc608','240329e6494e99c4d35ecdd1e3921059df8a5abe235890df0a0b25ce7b8cd669');
INSERT INTO "custody_log" VALUES(47,'56805940-d183-46fa-bdc5-124b6bb39eaa',12,'2026-11-26T16:24:27.784Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','240329e6494e99c4d35ecdd1e3921059df8a5abe235890df0a0b25ce7b8cd669','9a41f1012f61887348e1577b6b00499e0ca459570ad3c97555185dae0f0e58c7');
INSERT INTO "custody_log" VALUES(48,'56805940-d183-46fa-bdc5-124b6bb39eaa',13,'2026-11-26T16:24:27.785Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','9a41f1012f61887348e1577b6b00499e0ca459570ad3c97555185dae0f0e58c7','21cb475d4f89e7ba239c32238340e927b6ae7a8f869a1281bc115bed970a92f4');
INSERT INTO "custody_log" VALUES(49,'56805940-d183-46fa-bdc5-124b6bb39eaa',14,'2026-11-26T16:24:27.786Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','21cb475d4f89e7ba239c32238340e927b6ae7a8f869a1281bc115bed970a92f4','443a563b1ca58d3e904d461a81a059ccd337becbe90aa84c4f3cf518db2b3ec1');
INSERT INTO "custody_log" VALUES(50,'56805940-d183-46fa-bdc5-124b6bb39eaa',15,'2026-11-26T16:24:27.787Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','443a563b1ca58d3e904d461a81a059ccd337becbe90aa84c4f3cf518db2b3ec1','e6edc37d4625ea1931f8240f92560292f552bd8afd322a794937e16775eebcf9');
INSERT INTO "custody_log" VALUES(51,'56805940-d183-46fa-bdc5-124b6bb39eaa',16,'2026-11-26T16:24:27.789Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','e6edc37d4625ea1931f8240f92560292f552bd8afd322a794937e16775eebcf9','20036b16a9cee106cd7cee7c90aaa0618001e7c0d0c1390670f3498e4ef2d3a4');
INSERT INTO "custody_log" VALUES(52,'56805940-d183-46fa-bdc5-124b6bb39eaa',17,'2026-11-26T16:24:27.790Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','20036b16a9cee106cd7cee7c90aaa0618001e7c0d0c1390670f3498e4ef2d3a4','0194c9e62020a6f9c9ccaf5e2f42f241533d0faf929fad07d3c6a356dea4f605');
INSERT INTO "custody_log" VALUES(53,'56805940-d183-46fa-bdc5-124b6bb39eaa',18,'2026-11-26T16:24:27.791Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','0194c9e62020a6f9c9ccaf5e2f42f241533d0faf929fad07d3c6a356dea4f605','ee88a4efa3de1f760bc2a512b4645bb8695597aedb4ed0f56940b6afaddbff02');
INSERT INTO "custody_log" VALUES(54,'56805940-d183-46fa-bdc5-124b6bb39eaa',19,'2026-11-26T16:24:27.792Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','ee88a4efa3de1f760bc2a512b4645bb8695597aedb4ed0f56940b6afaddbff02','90b3b28c183cc5ae2395ee7cd61e72a2a3de563f115d2c095f61b2e16f2a24d1');
INSERT INTO "custody_log" VALUES(55,'56805940-d183-46fa-bdc5-124b6bb39eaa',20,'2026-11-26T16:24:27.793Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','90b3b28c183cc5ae2395ee7cd61e72a2a3de563f115d2c095f61b2e16f2a24d1','87e009221fbd1a65f0d9af84209463566e56377827320a7345094f488ac3d05a');
INSERT INTO "custody_log" VALUES(56,'56805940-d183-46fa-bdc5-124b6bb39eaa',21,'2026-11-26T16:24:27.795Z','DEMO-001','audit.finalized','{"content_sha256":"e0861fbbc0d06bf1d23584ec99185564e284c1fabaaa451ff2db89bef9966d8f"}','87e009221fbd1a65f0d9af84209463566e56377827320a7345094f488ac3d05a','220fca4515a314ed61f66e14e13d3377a593493fe4ac11a8e0e048289942c720');
INSERT INTO "custody_log" VALUES(57,'9a7d00d6-dd8a-431f-89dd-933c9789f472',1,'2026-11-26T16:24:27.796Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','06ca9664b7b6bfaf62e6496a1e8d9504e3c5111d6940879f34bf08c6789b9e37');
INSERT INTO "custody_log" VALUES(58,'9a7d00d6-dd8a-431f-89dd-933c9789f472',2,'2026-11-26T16:24:27.817Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','06ca9664b7b6bfaf62e6496a1e8d9504e3c5111d6940879f34bf08c6789b9e37','643b2559245a09b37a2dafb1f980d18540a89359a51063d48aa2905b268cb443');
INSERT INTO "custody_log" VALUES(59,'9a7d00d6-dd8a-431f-89dd-933c9789f472',3,'2026-11-26T16:24:27.817Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','643b2559245a09b37a2dafb1f980d18540a89359a51063d48aa2905b268cb443','41c4e972d0868782c9ee1f5e962068adb44ee71c676e79882598ed7e0782cf6e');
INSERT INTO "custody_log" VALUES(60,'9a7d00d6-dd8a-431f-89dd-933c9789f472',4,'2026-11-26T16:24:27.818Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','41c4e972d0868782c9ee1f5e962068adb44ee71c676e79882598ed7e0782cf6e','b6ba8b6dec477aeca8b441172b8489b0a676286872980e324cef51330ea48b73');
INSERT INTO "custody_log" VALUES(61,'9a7d00d6-dd8a-431f-89dd-933c9789f472',5,'2026-11-26T16:24:27.819Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','b6ba8b6dec477aeca8b441172b8489b0a676286872980e324cef51330ea48b73','7ca26182c1be6f65f6c9801020cb93feae546e085d3353578ab5e567984e4d78');
INSERT INTO "custody_log" VALUES(62,'9a7d00d6-dd8a-431f-89dd-933c9789f472',6,'2026-11-26T16:24:27.820Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','7ca26182c1be6f65f6c9801020cb93feae546e085d3353578ab5e567984e4d78','9377acce860dc2a22ffb912562429da5e881e66a785b90b50bdcd800e982940f');
INSERT INTO "custody_log" VALUES(63,'9a7d00d6-dd8a-431f-89dd-933c9789f472',7,'2026-11-26T16:24:27.821Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','9377acce860dc2a22ffb912562429da5e881e66a785b90b50bdcd800e982940f','acee12920928d9fa98f809ff6c3637b846820ec66d11bcbda3414328709d699f');
INSERT INTO "custody_log" VALUES(64,'9a7d00d6-dd8a-431f-89dd-933c9789f472',8,'2026-11-26T16:24:27.822Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','acee12920928d9fa98f809ff6c3637b846820ec66d11bcbda3414328709d699f','44dd5f4f0491216fd81018a2e9b8a4f0cbbee7dc9250eeca82a41499f79a6942');
INSERT INTO "custody_log" VALUES(65,'9a7d00d6-dd8a-431f-89dd-933c9789f472',9,'2026-11-26T16:24:27.822Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','44dd5f4f0491216fd81018a2e9b8a4f0cbbee7dc9250eeca82a41499f79a6942','8afb522294f443a8883eaaebb5b23321354e26ed39cc928ddbbc9c8c329808b0');
INSERT INTO "custody_log" VALUES(66,'9a7d00d6-dd8a-431f-89dd-933c9789f472',10,'2026-11-26T16:24:27.823Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','8afb522294f443a8883eaaebb5b23321354e26ed39cc928ddbbc9c8c329808b0','3ea6fd0633b52e39f68a85ef447ba69a070bb7cc4e8a8547870573e7e8804acf');
INSERT INTO "custody_log" VALUES(67,'9a7d00d6-dd8a-431f-89dd-933c9789f472',11,'2026-11-26T16:24:27.824Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','3ea6fd0633b52e39f68a85ef447ba69a070bb7cc4e8a8547870573e7e8804acf','b1dd6e948050ef45bdc33776b194eb2ef5a76288e6bf5f89fe0b207ecb7da608');
INSERT INTO "custody_log" VALUES(68,'9a7d00d6-dd8a-431f-89dd-933c9789f472',12,'2026-11-26T16:24:27.824Z','DEMO-001','finding.raised','{"finding":"408c6455-9552-4109-882f-1f38c744b781","item":1,"rule":"rf_hito_vencido","severity":"media"}','b1dd6e948050ef45bdc33776b194eb2ef5a76288e6bf5f89fe0b207ecb7da608','086a0bb57fc72c850eb1a4d3cc26d048b1245fce22462f558004f286c4e4c7a0');
INSERT INTO "custody_log" VALUES(69,'9a7d00d6-dd8a-431f-89dd-933c9789f472',13,'2026-11-26T16:24:27.825Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','086a0bb57fc72c850eb1a4d3cc26d048b1245fce22462f558004f286c4e4c7a0','9448c444970d55aab57ef02e53fee39d2be0fb76ba40f8ffcb4514cbfd769df7');
INSERT INTO "custody_log" VALUES(70,'9a7d00d6-dd8a-431f-89dd-933c9789f472',14,'2026-11-26T16:24:27.826Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','9448c444970d55aab57ef02e53fee39d2be0fb76ba40f8ffcb4514cbfd769df7','99ef5fb7619636c649910c22ecb46df7786c7829161c62eeb192d7e6cc043f34');
INSERT INTO "custody_log" VALUES(71,'9a7d00d6-dd8a-431f-89dd-933c9789f472',15,'2026-11-26T16:24:27.826Z','DEMO-001','finding.raised','{"finding":"5c8f3919-1783-455a-81bd-662228d0a9aa","item":1,"rule":"rf_diferencia_avance","severity":"media"}','99ef5fb7619636c649910c22ecb46df7786c7829161c62eeb192d7e6cc043f34','e2bb03370ca0242bca3e13d45893a69f1835154d95051d0128be7d4499a1bf8d');
INSERT INTO "custody_log" VALUES(72,'9a7d00d6-dd8a-431f-89dd-933c9789f472',16,'2026-11-26T16:24:27.827Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','e2bb03370ca0242bca3e13d45893a69f1835154d95051d0128be7d4499a1bf8d','7bb12962dbb6a0dc2f002fa27cb44d71a08da407e8317d1201b3c9ef5f85f26e');
INSERT INTO "custody_log" VALUES(73,'9a7d00d6-dd8a-431f-89dd-933c9789f472',17,'2026-11-26T16:24:27.828Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','7bb12962dbb6a0dc2f002fa27cb44d71a08da407e8317d1201b3c9ef5f85f26e','2eaeaf13a8a8d3ab5f939c4cbfca00e6cf059bb8cdf6ef5a732e8c421e84d112');
INSERT INTO "custody_log" VALUES(74,'9a7d00d6-dd8a-431f-89dd-933c9789f472',18,'2026-11-26T16:24:27.828Z','DEMO-001','finding.raised','{"finding":"d13b880b-4ee1-4ec8-9f8f-318fdd41701c","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','2eaeaf13a8a8d3ab5f939c4cbfca00e6cf059bb8cdf6ef5a732e8c421e84d112','71470be5a8dcac9885b441079446576f23e222706128ce6ae5f285095e5e43ab');
INSERT INTO "custody_log" VALUES(75,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',1,'2026-11-26T16:24:27.829Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','39c2dca051afcea5b70b708b0840850b55e5dba390e277def1d711890cc94d0d');
INSERT INTO "custody_log" VALUES(76,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',2,'2026-11-26T16:24:27.830Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','39c2dca051afcea5b70b708b0840850b55e5dba390e277def1d711890cc94d0d','1fb069d3650886e43275597cedaec8f685e7d5ba1954f9d1b124d8e5108b2cad');
INSERT INTO "custody_log" VALUES(77,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',3,'2026-11-26T16:24:27.831Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','1fb069d3650886e43275597cedaec8f685e7d5ba1954f9d1b124d8e5108b2cad','242aa6bba84745dd703858cbe160c93181cc09a02ddd8d132e868077bcdb6569');
INSERT INTO "custody_log" VALUES(78,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',4,'2026-11-26T16:24:27.831Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','242aa6bba84745dd703858cbe160c93181cc09a02ddd8d132e868077bcdb6569','b8b8718a92bda5f536c5156b1c9e80f5a1310e5d7831ff9b5b9ddca791ff2081');
INSERT INTO "custody_log" VALUES(79,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',5,'2026-11-26T16:24:27.832Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','b8b8718a92bda5f536c5156b1c9e80f5a1310e5d7831ff9b5b9ddca791ff2081','c055663e497796fe05326c5ce0fb055f7cbefb90da92686eaa5ed2052dde1599');
INSERT INTO "custody_log" VALUES(80,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',6,'2026-11-26T16:24:27.833Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','c055663e497796fe05326c5ce0fb055f7cbefb90da92686eaa5ed2052dde1599','b66d256678dc3099477a65811b4df5912a9c481a6df3dd980d352579de180646');
INSERT INTO "custody_log" VALUES(81,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',7,'2026-11-26T16:24:27.834Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','b66d256678dc3099477a65811b4df5912a9c481a6df3dd980d352579de180646','b6cc38650bb996b0a253319d8bfed042759b96abde042e418c7baefd44839f3c');
INSERT INTO "custody_log" VALUES(82,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',8,'2026-11-26T16:24:27.835Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','b6cc38650bb996b0a253319d8bfed042759b96abde042e418c7baefd44839f3c','c7dc3ec12dc79fb0083d142d04d9b2697232c93ca6e2f1eb8f45e56b974de8d9');
INSERT INTO "custody_log" VALUES(83,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',9,'2026-11-26T16:24:27.835Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','c7dc3ec12dc79fb0083d142d04d9b2697232c93ca6e2f1eb8f45e56b974de8d9','65694a40cea40c97e960f98dea1c18497b3f82bc95a1583de8d0636407ed0579');
INSERT INTO "custody_log" VALUES(84,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',10,'2026-11-26T16:24:27.836Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','65694a40cea40c97e960f98dea1c18497b3f82bc95a1583de8d0636407ed0579','b310644e59643d57eab9bdc7b5e3f9b3fe37f39042ea80fdeb53b63b0f25f5db');
INSERT INTO "custody_log" VALUES(85,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',11,'2026-11-26T16:24:27.837Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','b310644e59643d57eab9bdc7b5e3f9b3fe37f39042ea80fdeb53b63b0f25f5db','cb23f020f517a19bd05ec0a5ae25627961093df6d038fe5d52c93b46f57be0e6');
INSERT INTO "custody_log" VALUES(86,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',12,'2026-11-26T16:24:27.838Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','cb23f020f517a19bd05ec0a5ae25627961093df6d038fe5d52c93b46f57be0e6','50adcbf1064e37f4fa9818c9bcf521d51332f7ca263081e2b8a6efa0e6e65ea9');
INSERT INTO "custody_log" VALUES(87,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',13,'2026-11-26T16:24:27.838Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','50adcbf1064e37f4fa9818c9bcf521d51332f7ca263081e2b8a6efa0e6e65ea9','7c2b1005693c64f11846d48b219375228c3e222338d6447f951b15439842bb5e');
INSERT INTO "custody_log" VALUES(88,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',14,'2026-11-26T16:24:27.839Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','7c2b1005693c64f11846d48b219375228c3e222338d6447f951b15439842bb5e','09b50e27342f190d3ce46d9dcbc10ba99ce3ff852dad0a691d6c20fb4f77a8d3');
INSERT INTO "custody_log" VALUES(89,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',15,'2026-11-26T16:24:27.840Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','09b50e27342f190d3ce46d9dcbc10ba99ce3ff852dad0a691d6c20fb4f77a8d3','5303ad1cba48c1b92729df6ce37616611bed67fc58ec0bbd4028bebec3e39616');
INSERT INTO "custody_log" VALUES(90,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',16,'2026-11-26T16:24:27.841Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','5303ad1cba48c1b92729df6ce37616611bed67fc58ec0bbd4028bebec3e39616','6947093aef38ffc50c48c7bb7fbc6bfeb49597659a759019f1a0a0b464ef8d44');
INSERT INTO "custody_log" VALUES(91,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',17,'2026-11-26T16:24:27.842Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','6947093aef38ffc50c48c7bb7fbc6bfeb49597659a759019f1a0a0b464ef8d44','68346beb482f0a57a9440f426f0fd0b041150bbcbc69f348face8671cc9e39d5');
INSERT INTO "custody_log" VALUES(92,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',18,'2026-11-26T16:24:27.843Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','68346beb482f0a57a9440f426f0fd0b041150bbcbc69f348face8671cc9e39d5','ba67c8b16a4131ac4ad5839a1abf8b49bda17a38be533f697071279beebbd8e1');
INSERT INTO "custody_log" VALUES(93,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',19,'2026-11-26T16:24:27.844Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','ba67c8b16a4131ac4ad5839a1abf8b49bda17a38be533f697071279beebbd8e1','b094aecc9dbfe2563106069ff4f13bf5afbcff62a8b82d855e954f9b0cf82442');
INSERT INTO "custody_log" VALUES(94,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',20,'2026-11-26T16:24:27.844Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','b094aecc9dbfe2563106069ff4f13bf5afbcff62a8b82d855e954f9b0cf82442','5ab08a58591e4f339592a2c26889d0c4b8f87a4dcedca6c6fa19b01ecd63c427');
INSERT INTO "custody_log" VALUES(95,'727c0a0e-e2bf-40f5-b5e3-88f0007c71b7',21,'2026-11-26T16:24:27.846Z','DEMO-001','audit.finalized','{"content_sha256":"d4ffd4e4bbf14917972788fc2fa2a738092da4e5332c561e0e03fc344c3115d3"}','5ab08a58591e4f339592a2c26889d0c4b8f87a4dcedca6c6fa19b01ecd63c427','bb3a514a14ee03b45034d1f27fd111999031b4c2813b2ab7105a991c535c2786');
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
CREATE TABLE evidence_links (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    finding_id TEXT REFERENCES findings(id),
    CHECK ((question_id IS NULL) <> (finding_id IS NULL))
);
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
INSERT INTO "findings" VALUES('1651b35e-da63-4e8d-be33-c01135aeb469','710dbfe7-5b7c-458f-bce7-ae1538833672','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-11-26T16:24:27.624Z','2026-11-26T16:24:27.624Z');
INSERT INTO "findings" VALUES('98fbd421-f057-4af3-b429-17bf02778946','710dbfe7-5b7c-458f-bce7-ae1538833672','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-11-26T16:24:27.632Z','2026-11-26T16:24:27.632Z');
INSERT INTO "findings" VALUES('6b2e6ff4-914e-46dc-827a-9bf0b3257ffc','3d94d984-7139-450a-bc30-07263eec45b1','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-11-26T16:24:27.639Z','2026-11-26T16:24:27.639Z');
INSERT INTO "findings" VALUES('80184306-5bca-4362-a4f2-10fa77b94069','3d94d984-7139-450a-bc30-07263eec45b1','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-11-26T16:24:27.643Z','2026-11-26T16:24:27.643Z');
INSERT INTO "findings" VALUES('4ff70913-ccdc-48f2-8727-b7f013e8fef5','6bf2e4de-d672-4e93-aa9e-7f426ccf1798','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-11-26T16:24:27.709Z','2026-11-26T16:24:27.709Z');
INSERT INTO "findings" VALUES('d941a181-a837-4586-8220-7bd31cdc188a','6bf2e4de-d672-4e93-aa9e-7f426ccf1798','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-11-26T16:24:27.716Z','2026-11-26T16:24:27.716Z');
INSERT INTO "findings" VALUES('30df21ab-1ba9-449f-a10d-4a86c372e42a','56805940-d183-46fa-bdc5-124b6bb39eaa','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-11-26T16:24:27.779Z','2026-11-26T16:24:27.779Z');
INSERT INTO "findings" VALUES('408c6455-9552-4109-882f-1f38c744b781','9a7d00d6-dd8a-431f-89dd-933c9789f472','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-11-26T16:24:27.824Z','2026-11-26T16:24:27.824Z');
INSERT INTO "findings" VALUES('5c8f3919-1783-455a-81bd-662228d0a9aa','9a7d00d6-dd8a-431f-89dd-933c9789f472','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-11-26T16:24:27.826Z','2026-11-26T16:24:27.826Z');
INSERT INTO "findings" VALUES('d13b880b-4ee1-4ec8-9f8f-318fdd41701c','9a7d00d6-dd8a-431f-89dd-933c9789f472','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-11-26T16:24:27.828Z','2026-11-26T16:24:27.828Z');
CREATE TABLE observer_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    observer_code TEXT NOT NULL,
    municipality TEXT NOT NULL,
    email TEXT,
    language TEXT NOT NULL DEFAULT 'es',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-11-26T16:24:27.293Z','2026-11-26T16:24:27.293Z');
CREATE TABLE outbox (
    submission_id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
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
);
INSERT INTO "participation_sessions" VALUES('42b8d890-e479-48fd-b7dc-25cb79257eb1','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','710dbfe7-5b7c-458f-bce7-ae1538833672','Presidencia Municipal','','2026-11-26T16:24:27.846Z');
INSERT INTO "participation_sessions" VALUES('c91dbbd7-74ba-4e6d-830a-c0cb80ccf8c7','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','710dbfe7-5b7c-458f-bce7-ae1538833672','Presidencia Municipal','','2026-11-26T16:24:27.847Z');
INSERT INTO "participation_sessions" VALUES('c1539ed3-d40b-4a26-a42d-748a53071c53','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','6bf2e4de-d672-4e93-aa9e-7f426ccf1798','Col. Riberas de Sacramento','','2026-11-26T16:24:27.848Z');
INSERT INTO "participation_sessions" VALUES('b2ca02b8-4628-4eda-91be-4794362c8f28','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','727c0a0e-e2bf-40f5-b5e3-88f0007c71b7','El Sauz','','2026-11-26T16:24:27.848Z');
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
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-11-26T16:24:27.271210+00:00');
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
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('custody_log',95);
COMMIT;

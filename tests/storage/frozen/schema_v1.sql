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
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','avance_obra_publicado',-1,'"si"',NULL,'2026-11-26T16:16:18.184Z','2026-11-26T16:16:18.184Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','contrato_en_sipot',-1,'"si"',NULL,'2026-11-26T16:16:18.176Z','2026-11-26T16:16:18.176Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','enlace_convocatoria',-1,'"si"',NULL,'2026-11-26T16:16:18.178Z','2026-11-26T16:16:18.178Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','enlace_dictamen',-1,'"no"',NULL,'2026-11-26T16:16:18.180Z','2026-11-26T16:16:18.180Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','enlace_fallo',-1,'"si"',NULL,'2026-11-26T16:16:18.179Z','2026-11-26T16:16:18.179Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-11-26T16:16:18.178Z','2026-11-26T16:16:18.178Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','finiquito_publicado',-1,'"na"',NULL,'2026-11-26T16:16:18.186Z','2026-11-26T16:16:18.186Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','formato_datos',-1,'"abierto"',NULL,'2026-11-26T16:16:18.189Z','2026-11-26T16:16:18.189Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','lista_asistentes_publicada',-1,'"si"',NULL,'2026-11-26T16:16:18.181Z','2026-11-26T16:16:18.181Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','listado_obras_publicado',-1,'"si"',NULL,'2026-11-26T16:16:18.188Z','2026-11-26T16:16:18.188Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-11-26T16:16:18.187Z','2026-11-26T16:16:18.187Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-11-26T16:16:18.182Z','2026-11-26T16:16:18.182Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-11-26T16:16:18.190Z','2026-11-26T16:16:18.190Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','padron_proveedores_publicado',-1,'"si"',NULL,'2026-11-26T16:16:18.188Z','2026-11-26T16:16:18.188Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','partida_origen_publicados',-1,'"si"',NULL,'2026-11-26T16:16:18.184Z','2026-11-26T16:16:18.184Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','recepcion_obra_publicada',-1,'"na"',NULL,'2026-11-26T16:16:18.185Z','2026-11-26T16:16:18.185Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-11-26T16:16:18.177Z','2026-11-26T16:16:18.177Z');
INSERT INTO "answers" VALUES('17202123-10ba-4090-838f-58bd256cc359','version_publica_contrato',-1,'"si"',NULL,'2026-11-26T16:16:18.183Z','2026-11-26T16:16:18.183Z');
INSERT INTO "answers" VALUES('8324b0e2-ba24-42c1-9634-7e32d81ce3ec','convocatoria_publicada',-1,'"na"',NULL,'2026-11-26T16:16:18.051Z','2026-11-26T16:16:18.051Z');
INSERT INTO "answers" VALUES('8324b0e2-ba24-42c1-9634-7e32d81ce3ec','dictamen_comite',-1,'"si"',NULL,'2026-11-26T16:16:18.056Z','2026-11-26T16:16:18.056Z');
INSERT INTO "answers" VALUES('8324b0e2-ba24-42c1-9634-7e32d81ce3ec','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-11-26T16:16:18.053Z','2026-11-26T16:16:18.053Z');
INSERT INTO "answers" VALUES('8324b0e2-ba24-42c1-9634-7e32d81ce3ec','especificaciones_dirigidas',-1,'"si"',NULL,'2026-11-26T16:16:18.052Z','2026-11-26T16:16:18.052Z');
INSERT INTO "answers" VALUES('8324b0e2-ba24-42c1-9634-7e32d81ce3ec','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-26T16:16:18.054Z','2026-11-26T16:16:18.054Z');
INSERT INTO "answers" VALUES('8324b0e2-ba24-42c1-9634-7e32d81ce3ec','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-11-26T16:16:18.055Z','2026-11-26T16:16:18.055Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-11-26T16:16:18.213Z','2026-11-26T16:16:18.213Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-11-26T16:16:18.218Z','2026-11-26T16:16:18.218Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','entregable_verificable',0,'"si"',NULL,'2026-11-26T16:16:18.214Z','2026-11-26T16:16:18.214Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','entregable_verificable',1,'"si"',NULL,'2026-11-26T16:16:18.219Z','2026-11-26T16:16:18.219Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','estatus',0,'"completo"',NULL,'2026-11-26T16:16:18.215Z','2026-11-26T16:16:18.215Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','estatus',1,'"limitado"',NULL,'2026-11-26T16:16:18.220Z','2026-11-26T16:16:18.220Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','grupo_coordinador_participo',-1,'"si"',NULL,'2026-11-26T16:16:18.223Z','2026-11-26T16:16:18.223Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','informe_avance_publicado',-1,'"no"',NULL,'2026-11-26T16:16:18.224Z','2026-11-26T16:16:18.224Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','porcentaje_reportado',0,'100',NULL,'2026-11-26T16:16:18.215Z','2026-11-26T16:16:18.215Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','porcentaje_reportado',1,'80',NULL,'2026-11-26T16:16:18.221Z','2026-11-26T16:16:18.221Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','porcentaje_verificado',0,'100',NULL,'2026-11-26T16:16:18.216Z','2026-11-26T16:16:18.216Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','porcentaje_verificado',1,'40',NULL,'2026-11-26T16:16:18.222Z','2026-11-26T16:16:18.222Z');
INSERT INTO "answers" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-11-26T16:16:18.217Z','2026-11-26T16:16:18.217Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','acta_entrega_recepcion',-1,'"si"',NULL,'2026-11-26T16:16:18.239Z','2026-11-26T16:16:18.239Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','anticipo_amortizado',-1,'"si"',NULL,'2026-11-26T16:16:18.236Z','2026-11-26T16:16:18.236Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','avance_financiero_pagado',-1,'100',NULL,'2026-11-26T16:16:18.231Z','2026-11-26T16:16:18.231Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','avance_fisico_observado',-1,'100',NULL,'2026-11-26T16:16:18.229Z','2026-11-26T16:16:18.229Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','avance_fisico_reportado',-1,'100',NULL,'2026-11-26T16:16:18.230Z','2026-11-26T16:16:18.230Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','bitacora_al_dia',-1,'"si"',NULL,'2026-11-26T16:16:18.228Z','2026-11-26T16:16:18.228Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','cantidades_coinciden',-1,'"si"',NULL,'2026-11-26T16:16:18.232Z','2026-11-26T16:16:18.232Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','comite_contraloria_social',-1,'"si"',NULL,'2026-11-26T16:16:18.237Z','2026-11-26T16:16:18.237Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','convenios_modificatorios',-1,'"no"',NULL,'2026-11-26T16:16:18.235Z','2026-11-26T16:16:18.235Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','defectos_visibles',-1,'"ninguno"',NULL,'2026-11-26T16:16:18.234Z','2026-11-26T16:16:18.234Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','estado_programa',-1,'"terminada"',NULL,'2026-11-26T16:16:18.232Z','2026-11-26T16:16:18.232Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','expediente_disponible',-1,'"si"',NULL,'2026-11-26T16:16:18.226Z','2026-11-26T16:16:18.226Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-11-26T16:16:18.229Z','2026-11-26T16:16:18.229Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','letrero_obra',-1,'"si"',NULL,'2026-11-26T16:16:18.227Z','2026-11-26T16:16:18.227Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','materiales_conformes',-1,'"si"',NULL,'2026-11-26T16:16:18.233Z','2026-11-26T16:16:18.233Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','obra_en_uso',-1,'"si"',NULL,'2026-11-26T16:16:18.239Z','2026-11-26T16:16:18.239Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-11-26T16:16:18.240Z','2026-11-26T16:16:18.240Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','pruebas_laboratorio',-1,'"si"',NULL,'2026-11-26T16:16:18.235Z','2026-11-26T16:16:18.235Z');
INSERT INTO "answers" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','quejas_vecinos',-1,'"no"',NULL,'2026-11-26T16:16:18.238Z','2026-11-26T16:16:18.238Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','acta_junta_publicada',-1,'"si"',NULL,'2026-11-26T16:16:18.040Z','2026-11-26T16:16:18.040Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','apertura_publica',-1,'"si"',NULL,'2026-11-26T16:16:18.045Z','2026-11-26T16:16:18.045Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','asistentes_junta',-1,'3',NULL,'2026-11-26T16:16:18.041Z','2026-11-26T16:16:18.041Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-11-26T16:16:18.042Z','2026-11-26T16:16:18.042Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','convocatoria_publicada',-1,'"si"',NULL,'2026-11-26T16:16:18.033Z','2026-11-26T16:16:18.033Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','especificaciones_dirigidas',-1,'"no"',NULL,'2026-11-26T16:16:18.037Z','2026-11-26T16:16:18.037Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-11-26T16:16:18.036Z','2026-11-26T16:16:18.036Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-11-26T16:16:18.035Z','2026-11-26T16:16:18.035Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','indicios_colusion',-1,'"no"',NULL,'2026-11-26T16:16:18.048Z','2026-11-26T16:16:18.048Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-26T16:16:18.039Z','2026-11-26T16:16:18.039Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-11-26T16:16:18.044Z','2026-11-26T16:16:18.044Z');
INSERT INTO "answers" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','propuesta_extemporanea',-1,'"no"',NULL,'2026-11-26T16:16:18.046Z','2026-11-26T16:16:18.046Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','avance_financiero_pagado',-1,'68',NULL,'2026-11-26T16:16:18.118Z','2026-11-26T16:16:18.118Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-11-26T16:16:18.117Z','2026-11-26T16:16:18.117Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','avance_fisico_reportado',-1,'70',NULL,'2026-11-26T16:16:18.118Z','2026-11-26T16:16:18.118Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','bitacora_al_dia',-1,'"si"',NULL,'2026-11-26T16:16:18.115Z','2026-11-26T16:16:18.115Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','estado_programa',-1,'"atrasada"',NULL,'2026-11-26T16:16:18.119Z','2026-11-26T16:16:18.119Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','expediente_disponible',-1,'"si"',NULL,'2026-11-26T16:16:18.112Z','2026-11-26T16:16:18.112Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-11-26T16:16:18.116Z','2026-11-26T16:16:18.116Z');
INSERT INTO "answers" VALUES('d4417a86-3968-44af-976a-7362f69d3912','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-11-26T16:16:18.113Z','2026-11-26T16:16:18.113Z');
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
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalized_at TEXT,
    finalized_sha256 TEXT,
    log_head TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    log_count INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (form_id, form_version) REFERENCES checklists(form_id, version)
);
INSERT INTO "audits" VALUES('c2246078-4aed-41d9-bd27-2b431a03ede9','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','c2246078-4aed-41d9-bd27-2b431a03ede9 procedimiento_contratacion observación de procedimiento de contratación lp-mch-adq-014-2026 — adquisición de uniformes para la secretaría de seguridad pública lp-mch-adq-014-2026 dirección de recursos materiales adquisición de uniformes para la secretaría de seguridad pública licitación pública nacional municipal 4850000 presentación y apertura de proposiciones 2026-10-14 sala de juntas del comité de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','2026-11-26T16:16:17.961Z','2026-11-26T16:16:18.048Z',NULL,NULL,'ffaefc9c24924db14efe100c024bd813d136c45d7c5a795ca2a3d92e0e75b540',15);
INSERT INTO "audits" VALUES('8324b0e2-ba24-42c1-9634-7e32d81ce3ec','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','8324b0e2-ba24-42c1-9634-7e32d81ce3ec procedimiento_contratacion observación de procedimiento de contratación ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 dirección de alumbrado público mantenimiento correctivo de luminarias en el sector poniente adjudicación directa nacional estatal 1280000 lectura o notificación del fallo 2026-11-05 oficinas de la dirección de alumbrado público no','2026-11-05','DEMO-001','2026-11-26T16:16:18.049Z','2026-11-26T16:16:18.057Z',NULL,NULL,'8996a38ef643ed53245ea248f965f386c9fd604960763dc19ecff19e3ce1bb09',9);
INSERT INTO "audits" VALUES('d4417a86-3968-44af-976a-7362f69d3912','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','d4417a86-3968-44af-976a-7362f69d3912 visita_obra_publica visita de verificación de obra pública op-mch-fism-007-2026 — pavimentación con concreto hidráulico de la calle libertad op-mch-fism-007-2026 pavimentación con concreto hidráulico de la calle libertad calle libertad entre av. tecnológico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chávez domínguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','2026-11-26T16:16:18.058Z','2026-11-26T16:16:18.119Z',NULL,NULL,'ad68198642e136694d0d4a7fb4dd45ada81dcdfbc011f36e262949bea8625c63',11);
INSERT INTO "audits" VALUES('17202123-10ba-4090-838f-58bd256cc359','transparencia_contratacion',1,'605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','17202123-10ba-4090-838f-58bd256cc359 transparencia_contratacion revisión de transparencia de la contratación lp-mch-op-009-2026 — rehabilitación del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 dirección de obras públicas rehabilitación del parque los nogales obra pública licitación pública urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','2026-11-26T16:16:18.121Z','2026-11-26T16:16:18.191Z','2026-11-26T16:16:18.191Z','c8bf70cd5188815935797ee27a2fd3fa230513d5a969ae26a0bd54d886feae49','af95f3de1bfd06e331142fe5b2f12f899aebbb8ebab0109b755bb5a3d23f6011',21);
INSERT INTO "audits" VALUES('ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3 seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rápida de empresas 2 apertura rápida de empresas primer plan de acción local de gobierno abierto de chihuahua dirección de desarrollo económico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba más de 30 días hábiles. acceso a la información rendición de cuentas','2025-03-01','DEMO-001','2026-11-26T16:16:18.192Z','2026-11-26T16:16:18.224Z',NULL,NULL,'fc174796fff6220e8037cab01e1e92f0b4f06563eb352190343c5648425d3910',18);
INSERT INTO "audits" VALUES('be47b735-f73e-4f88-84a7-3c465197fc98','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','be47b735-f73e-4f88-84a7-3c465197fc98 visita_obra_publica visita de verificación de obra pública op-mch-rp-021-2026 — construcción de techumbre en cancha de usos múltiples op-mch-rp-021-2026 construcción de techumbre en cancha de usos múltiples escuela primaria benito juárez, localidad el sauz estructuras metálicas cuauhtémoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','2026-11-26T16:16:18.225Z','2026-11-26T16:16:18.241Z','2026-11-26T16:16:18.241Z','833b2f9d5ed7d2a9a4eef1db1e36e51d34f81a145734f7a662308bae7d8478cd','33a5f39a2d704735a09d9a1fc6bb7c5c33792917f0c612491316161f5e5c02b2',21);
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
','2026-11-26T16:16:17.961Z');
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
','2026-11-26T16:16:18.059Z');
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
','2026-11-26T16:16:18.121Z');
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
','2026-11-26T16:16:18.192Z');
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
INSERT INTO "custody_log" VALUES(1,'c2246078-4aed-41d9-bd27-2b431a03ede9',1,'2026-11-26T16:16:17.962Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','4a1ff871bf46a6f71aa62d4a0e43e92bca91f2e99cf329e608b263c48afaa736');
INSERT INTO "custody_log" VALUES(2,'c2246078-4aed-41d9-bd27-2b431a03ede9',2,'2026-11-26T16:16:18.033Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','4a1ff871bf46a6f71aa62d4a0e43e92bca91f2e99cf329e608b263c48afaa736','de149b5d5e4fc0ab7c8b575c2ece45e1638251a105da83eb43030822900ac1ac');
INSERT INTO "custody_log" VALUES(3,'c2246078-4aed-41d9-bd27-2b431a03ede9',3,'2026-11-26T16:16:18.035Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','de149b5d5e4fc0ab7c8b575c2ece45e1638251a105da83eb43030822900ac1ac','6bbb34f3c1c4cad823059d9039365686f7e16b468e9b3a3a36c1f99c3e091dba');
INSERT INTO "custody_log" VALUES(4,'c2246078-4aed-41d9-bd27-2b431a03ede9',4,'2026-11-26T16:16:18.036Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','6bbb34f3c1c4cad823059d9039365686f7e16b468e9b3a3a36c1f99c3e091dba','3378214a42ef31dfa78e278f51568d47aa87a252110ff14c4a226fbf8a4cc406');
INSERT INTO "custody_log" VALUES(5,'c2246078-4aed-41d9-bd27-2b431a03ede9',5,'2026-11-26T16:16:18.037Z','DEMO-001','finding.raised','{"finding":"b6f5a167-0d14-4ab8-bbee-c2ed40954a29","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','3378214a42ef31dfa78e278f51568d47aa87a252110ff14c4a226fbf8a4cc406','baa130dca59c5d46b18f9a6baf034e35eb16af56279a087469b0e11716c67ec7');
INSERT INTO "custody_log" VALUES(6,'c2246078-4aed-41d9-bd27-2b431a03ede9',6,'2026-11-26T16:16:18.038Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','baa130dca59c5d46b18f9a6baf034e35eb16af56279a087469b0e11716c67ec7','bae324fcd59cd0de202528ad90dbf8b1a07ed6e03c891b1d8914e5f92a8c1819');
INSERT INTO "custody_log" VALUES(7,'c2246078-4aed-41d9-bd27-2b431a03ede9',7,'2026-11-26T16:16:18.039Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','bae324fcd59cd0de202528ad90dbf8b1a07ed6e03c891b1d8914e5f92a8c1819','f21259a481c2b767ec0a56edbbd44231c1a9548204a1f446fd74266141c0739d');
INSERT INTO "custody_log" VALUES(8,'c2246078-4aed-41d9-bd27-2b431a03ede9',8,'2026-11-26T16:16:18.040Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','f21259a481c2b767ec0a56edbbd44231c1a9548204a1f446fd74266141c0739d','086accd57d995d9ab1fe1759bc3526999013c90a99b6c640a4d6398271f111fc');
INSERT INTO "custody_log" VALUES(9,'c2246078-4aed-41d9-bd27-2b431a03ede9',9,'2026-11-26T16:16:18.041Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','086accd57d995d9ab1fe1759bc3526999013c90a99b6c640a4d6398271f111fc','519f2a53f971bd9d15cb2f46727162cd61ccb2891ddc941e999f2c8dd903cdd2');
INSERT INTO "custody_log" VALUES(10,'c2246078-4aed-41d9-bd27-2b431a03ede9',10,'2026-11-26T16:16:18.042Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','519f2a53f971bd9d15cb2f46727162cd61ccb2891ddc941e999f2c8dd903cdd2','fa99c3c2f7ec9c904bfd79610b8a97aafd0d1421fa423c0e039d5ca873fa3f83');
INSERT INTO "custody_log" VALUES(11,'c2246078-4aed-41d9-bd27-2b431a03ede9',11,'2026-11-26T16:16:18.044Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','fa99c3c2f7ec9c904bfd79610b8a97aafd0d1421fa423c0e039d5ca873fa3f83','bae3d6a5f54824a97eb8735a2841c52dd151a10f965971cf96e626a20afa572c');
INSERT INTO "custody_log" VALUES(12,'c2246078-4aed-41d9-bd27-2b431a03ede9',12,'2026-11-26T16:16:18.045Z','DEMO-001','finding.raised','{"finding":"8f62992c-9475-42e8-be77-e91455f20fb0","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','bae3d6a5f54824a97eb8735a2841c52dd151a10f965971cf96e626a20afa572c','312b3ef7a4b13ba19277d96fc9028d87f0663081aaee1c236429679359df839d');
INSERT INTO "custody_log" VALUES(13,'c2246078-4aed-41d9-bd27-2b431a03ede9',13,'2026-11-26T16:16:18.045Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','312b3ef7a4b13ba19277d96fc9028d87f0663081aaee1c236429679359df839d','17233fe4673fbbe54c0cb0ae34c7b43fd69702abfbb4c23d5c07a91bb65e6e7e');
INSERT INTO "custody_log" VALUES(14,'c2246078-4aed-41d9-bd27-2b431a03ede9',14,'2026-11-26T16:16:18.047Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','17233fe4673fbbe54c0cb0ae34c7b43fd69702abfbb4c23d5c07a91bb65e6e7e','3155c7d8e2a7fe6a88cab9da6884ee802578fa2b2359dcf678fee679177bb594');
INSERT INTO "custody_log" VALUES(15,'c2246078-4aed-41d9-bd27-2b431a03ede9',15,'2026-11-26T16:16:18.048Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','3155c7d8e2a7fe6a88cab9da6884ee802578fa2b2359dcf678fee679177bb594','ffaefc9c24924db14efe100c024bd813d136c45d7c5a795ca2a3d92e0e75b540');
INSERT INTO "custody_log" VALUES(16,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',1,'2026-11-26T16:16:18.050Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','99bfa8a50c5df32084cb54fbab936b9fbc6ac1038d16d323dd20f411e6c198e4');
INSERT INTO "custody_log" VALUES(17,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',2,'2026-11-26T16:16:18.051Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"na"}','99bfa8a50c5df32084cb54fbab936b9fbc6ac1038d16d323dd20f411e6c198e4','2e9f58806f0ed96ecdf339ad3661871622264a4e9a6294bd380b7d4f6d98c83b');
INSERT INTO "custody_log" VALUES(18,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',3,'2026-11-26T16:16:18.052Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','2e9f58806f0ed96ecdf339ad3661871622264a4e9a6294bd380b7d4f6d98c83b','04869dd6ba0a886928de708640da13a2fb7a4dfe5e651ea14f1a64bd21d1afc7');
INSERT INTO "custody_log" VALUES(19,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',4,'2026-11-26T16:16:18.052Z','DEMO-001','finding.raised','{"finding":"c3594cab-fb54-4fe9-858a-67e2b3fdeb73","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','04869dd6ba0a886928de708640da13a2fb7a4dfe5e651ea14f1a64bd21d1afc7','4779e67c0254c331483e2670d2daae743acd04b1e198d992bdb94898e0d2a0db');
INSERT INTO "custody_log" VALUES(20,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',5,'2026-11-26T16:16:18.053Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','4779e67c0254c331483e2670d2daae743acd04b1e198d992bdb94898e0d2a0db','9ce919f6b7e297d1fec0bc632dfda36eb16e4edb461d89ec401b8387a023fedd');
INSERT INTO "custody_log" VALUES(21,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',6,'2026-11-26T16:16:18.054Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','9ce919f6b7e297d1fec0bc632dfda36eb16e4edb461d89ec401b8387a023fedd','8e6ce6fb7b8e17ffb039f7b86af89ef994b41992d890351c177a78cfc643ee01');
INSERT INTO "custody_log" VALUES(22,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',7,'2026-11-26T16:16:18.055Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','8e6ce6fb7b8e17ffb039f7b86af89ef994b41992d890351c177a78cfc643ee01','0905eb804f4df12dde85b34fc0205e8cc4915a56f0d4b6b1e9f5f68435e467c6');
INSERT INTO "custody_log" VALUES(23,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',8,'2026-11-26T16:16:18.056Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','0905eb804f4df12dde85b34fc0205e8cc4915a56f0d4b6b1e9f5f68435e467c6','274da26dc337368abaa806ce547a1efef0bcaa83af2beace91dcd8869a8a4cbd');
INSERT INTO "custody_log" VALUES(24,'8324b0e2-ba24-42c1-9634-7e32d81ce3ec',9,'2026-11-26T16:16:18.058Z','DEMO-001','finding.added','{"finding":"efe16d91-346a-492e-9e37-83d7985d26fe","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','274da26dc337368abaa806ce547a1efef0bcaa83af2beace91dcd8869a8a4cbd','8996a38ef643ed53245ea248f965f386c9fd604960763dc19ecff19e3ce1bb09');
INSERT INTO "custody_log" VALUES(25,'d4417a86-3968-44af-976a-7362f69d3912',1,'2026-11-26T16:16:18.059Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','cc12d0d125d90db14e637a8bec1d8475f6ce07321a14991b81f6062862742772');
INSERT INTO "custody_log" VALUES(26,'d4417a86-3968-44af-976a-7362f69d3912',2,'2026-11-26T16:16:18.112Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','cc12d0d125d90db14e637a8bec1d8475f6ce07321a14991b81f6062862742772','350ee52806f64edcc3bf8fa853901a73bd013615bab28fd93ccf37f81f135896');
INSERT INTO "custody_log" VALUES(27,'d4417a86-3968-44af-976a-7362f69d3912',3,'2026-11-26T16:16:18.114Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','350ee52806f64edcc3bf8fa853901a73bd013615bab28fd93ccf37f81f135896','3e12669005ee5b3b3171f4922f973391d5d479f1aa81f0f15adf6e13f20a285d');
INSERT INTO "custody_log" VALUES(28,'d4417a86-3968-44af-976a-7362f69d3912',4,'2026-11-26T16:16:18.114Z','DEMO-001','finding.raised','{"finding":"2fc4d717-4676-4eb6-aef5-0c7580ba72a7","item":null,"rule":"rf_sin_letrero","severity":"media"}','3e12669005ee5b3b3171f4922f973391d5d479f1aa81f0f15adf6e13f20a285d','215d9da4a4721ac702a432facfb90e8bca5b4f287dbb0a5fd13607cc65b9a740');
INSERT INTO "custody_log" VALUES(29,'d4417a86-3968-44af-976a-7362f69d3912',5,'2026-11-26T16:16:18.115Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','215d9da4a4721ac702a432facfb90e8bca5b4f287dbb0a5fd13607cc65b9a740','484bb5c5ae358f2309149f738ba419672cc1d6f72d5d1f489f4a6e304eec3cb9');
INSERT INTO "custody_log" VALUES(30,'d4417a86-3968-44af-976a-7362f69d3912',6,'2026-11-26T16:16:18.116Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','484bb5c5ae358f2309149f738ba419672cc1d6f72d5d1f489f4a6e304eec3cb9','a29769786af122bb7c4a29f1c90a98da410587bd5926af3b6ca916426a0bed3d');
INSERT INTO "custody_log" VALUES(31,'d4417a86-3968-44af-976a-7362f69d3912',7,'2026-11-26T16:16:18.117Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','a29769786af122bb7c4a29f1c90a98da410587bd5926af3b6ca916426a0bed3d','25f32cfe8eac713b2ed6228ead3eccb80c1d397ceaa5bb05555eeb9a36800067');
INSERT INTO "custody_log" VALUES(32,'d4417a86-3968-44af-976a-7362f69d3912',8,'2026-11-26T16:16:18.118Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','25f32cfe8eac713b2ed6228ead3eccb80c1d397ceaa5bb05555eeb9a36800067','947946b523d19f1814dc64ee12a0f0e096d44f9700836fa333cda744d67ed489');
INSERT INTO "custody_log" VALUES(33,'d4417a86-3968-44af-976a-7362f69d3912',9,'2026-11-26T16:16:18.119Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','947946b523d19f1814dc64ee12a0f0e096d44f9700836fa333cda744d67ed489','fc0faf1fc177fd15b0dfd21c643ababd3e209dea497272d00752003af9ded444');
INSERT INTO "custody_log" VALUES(34,'d4417a86-3968-44af-976a-7362f69d3912',10,'2026-11-26T16:16:18.119Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','fc0faf1fc177fd15b0dfd21c643ababd3e209dea497272d00752003af9ded444','ca9e9f4352cb549927a890fb9d48d1153e44ab6c2e8445eba995ebe1e2df15e3');
INSERT INTO "custody_log" VALUES(35,'d4417a86-3968-44af-976a-7362f69d3912',11,'2026-11-26T16:16:18.120Z','DEMO-001','finding.raised','{"finding":"af7a096d-4aba-48e8-9742-c518ce815db5","item":null,"rule":"rf_obra_atrasada","severity":"media"}','ca9e9f4352cb549927a890fb9d48d1153e44ab6c2e8445eba995ebe1e2df15e3','ad68198642e136694d0d4a7fb4dd45ada81dcdfbc011f36e262949bea8625c63');
INSERT INTO "custody_log" VALUES(36,'17202123-10ba-4090-838f-58bd256cc359',1,'2026-11-26T16:16:18.121Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc","form_version":1,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','70590eca8073c90503a5ed0448b1b39b99b5a05239a0bc3b3b929cfe4e3d26a8');
INSERT INTO "custody_log" VALUES(37,'17202123-10ba-4090-838f-58bd256cc359',2,'2026-11-26T16:16:18.176Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','70590eca8073c90503a5ed0448b1b39b99b5a05239a0bc3b3b929cfe4e3d26a8','82e746342217f6cc2590db9ec3b465fc9221f481848cd556333d76e932af3dbc');
INSERT INTO "custody_log" VALUES(38,'17202123-10ba-4090-838f-58bd256cc359',3,'2026-11-26T16:16:18.177Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','82e746342217f6cc2590db9ec3b465fc9221f481848cd556333d76e932af3dbc','302a3d51db3f6bb1c899dfa74623533817634d8e0fff85e83e18a55ed0573b3d');
INSERT INTO "custody_log" VALUES(39,'17202123-10ba-4090-838f-58bd256cc359',4,'2026-11-26T16:16:18.178Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','302a3d51db3f6bb1c899dfa74623533817634d8e0fff85e83e18a55ed0573b3d','a5f0e4f9e93fecc4ff98a8dcaeca962a9e910f0b923635beb7bb0e9d7fc407f5');
INSERT INTO "custody_log" VALUES(40,'17202123-10ba-4090-838f-58bd256cc359',5,'2026-11-26T16:16:18.178Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','a5f0e4f9e93fecc4ff98a8dcaeca962a9e910f0b923635beb7bb0e9d7fc407f5','fd2beeda46d98ba27b07087171e6d85da1aae6981bc6d6a67e8401dc5708446a');
INSERT INTO "custody_log" VALUES(41,'17202123-10ba-4090-838f-58bd256cc359',6,'2026-11-26T16:16:18.179Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','fd2beeda46d98ba27b07087171e6d85da1aae6981bc6d6a67e8401dc5708446a','2dcd8dc372d89058f8e46ec3d413e13476613e5595f1a8720d7efea7ccaf2859');
INSERT INTO "custody_log" VALUES(42,'17202123-10ba-4090-838f-58bd256cc359',7,'2026-11-26T16:16:18.180Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','2dcd8dc372d89058f8e46ec3d413e13476613e5595f1a8720d7efea7ccaf2859','1a0a167239fb834fab978fbf2d227f71ca6df4e388dd87f6e0bb9697a39264cb');
INSERT INTO "custody_log" VALUES(43,'17202123-10ba-4090-838f-58bd256cc359',8,'2026-11-26T16:16:18.181Z','DEMO-001','finding.raised','{"finding":"9f5b1045-dfd8-44c7-bcea-76be1e072e29","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','1a0a167239fb834fab978fbf2d227f71ca6df4e388dd87f6e0bb9697a39264cb','e34f756d656526ced2da1d156d050baf81e79cf5d9d98342b2e9ce00c585c685');
INSERT INTO "custody_log" VALUES(44,'17202123-10ba-4090-838f-58bd256cc359',9,'2026-11-26T16:16:18.181Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','e34f756d656526ced2da1d156d050baf81e79cf5d9d98342b2e9ce00c585c685','b35f0b2abbfa27856a3768036355de82c689c34573b68d05525639d4c540091f');
INSERT INTO "custody_log" VALUES(45,'17202123-10ba-4090-838f-58bd256cc359',10,'2026-11-26T16:16:18.182Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','b35f0b2abbfa27856a3768036355de82c689c34573b68d05525639d4c540091f','6e88574f649b2060766ee76c171740764db5d393c09fbb47d40a5aa162d120e2');
INSERT INTO "custody_log" VALUES(46,'17202123-10ba-4090-838f-58bd256cc359',11,'2026-11-26T16:16:18.183Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','6e88574f649b2060766ee76c171740764db5d393c09fbb47d40a5aa162d120e2','f797b5586f5bbc05720ca125525cf27567b1d58121d7dff1b94f4e50c65e05e2');
INSERT INTO "custody_log" VALUES(47,'17202123-10ba-4090-838f-58bd256cc359',12,'2026-11-26T16:16:18.184Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','f797b5586f5bbc05720ca125525cf27567b1d58121d7dff1b94f4e50c65e05e2','56120578a345c16aa76ed8921cd8e0f488c82e1c008aead38da14852f50ec1b9');
INSERT INTO "custody_log" VALUES(48,'17202123-10ba-4090-838f-58bd256cc359',13,'2026-11-26T16:16:18.184Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','56120578a345c16aa76ed8921cd8e0f488c82e1c008aead38da14852f50ec1b9','1798e8337209dad1b9f7734342fbe04cfa815d1e5ff4c2731d00023e47a06594');
INSERT INTO "custody_log" VALUES(49,'17202123-10ba-4090-838f-58bd256cc359',14,'2026-11-26T16:16:18.185Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','1798e8337209dad1b9f7734342fbe04cfa815d1e5ff4c2731d00023e47a06594','ad84ef43f444f19bf495d9edb04de1f334e45c28d6e2ce0d5ceb5eaa2761e7fd');
INSERT INTO "custody_log" VALUES(50,'17202123-10ba-4090-838f-58bd256cc359',15,'2026-11-26T16:16:18.186Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','ad84ef43f444f19bf495d9edb04de1f334e45c28d6e2ce0d5ceb5eaa2761e7fd','1eaa3b426be4ca23200147523a7d07c6649c56d111ddbf27cc3249dd58b523f8');
INSERT INTO "custody_log" VALUES(51,'17202123-10ba-4090-838f-58bd256cc359',16,'2026-11-26T16:16:18.187Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','1eaa3b426be4ca23200147523a7d07c6649c56d111ddbf27cc3249dd58b523f8','eee07ab73770a4d8de91250dc2b56dcb29e54e6bf4d855d9b01d2b84f490bb69');
INSERT INTO "custody_log" VALUES(52,'17202123-10ba-4090-838f-58bd256cc359',17,'2026-11-26T16:16:18.188Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','eee07ab73770a4d8de91250dc2b56dcb29e54e6bf4d855d9b01d2b84f490bb69','d1389365bc2cc2e19dda1b368b9ab7f90c6f71de47c189113b0a45c9c2e98747');
INSERT INTO "custody_log" VALUES(53,'17202123-10ba-4090-838f-58bd256cc359',18,'2026-11-26T16:16:18.188Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','d1389365bc2cc2e19dda1b368b9ab7f90c6f71de47c189113b0a45c9c2e98747','f0d0eb3820804679ba9e28ef4d353ea876b21797afa93d885f2db1fcf0741c87');
INSERT INTO "custody_log" VALUES(54,'17202123-10ba-4090-838f-58bd256cc359',19,'2026-11-26T16:16:18.189Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','f0d0eb3820804679ba9e28ef4d353ea876b21797afa93d885f2db1fcf0741c87','2a21560c169adae83e0c1dd2d3ae27185c887ca231bdeb786ba2bd8572f56832');
INSERT INTO "custody_log" VALUES(55,'17202123-10ba-4090-838f-58bd256cc359',20,'2026-11-26T16:16:18.190Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','2a21560c169adae83e0c1dd2d3ae27185c887ca231bdeb786ba2bd8572f56832','88ec52972bff7c4fc2a8331042153f7f92da4bbe424cc28c9bafa5d5ed745314');
INSERT INTO "custody_log" VALUES(56,'17202123-10ba-4090-838f-58bd256cc359',21,'2026-11-26T16:16:18.192Z','DEMO-001','audit.finalized','{"content_sha256":"c8bf70cd5188815935797ee27a2fd3fa230513d5a969ae26a0bd54d886feae49"}','88ec52972bff7c4fc2a8331042153f7f92da4bbe424cc28c9bafa5d5ed745314','af95f3de1bfd06e331142fe5b2f12f899aebbb8ebab0109b755bb5a3d23f6011');
INSERT INTO "custody_log" VALUES(57,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',1,'2026-11-26T16:16:18.192Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','31fcb80b890dedc6c5aa178fdf86a76d48ea3e00bcdf9ee8457304ec436557b7');
INSERT INTO "custody_log" VALUES(58,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',2,'2026-11-26T16:16:18.213Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','31fcb80b890dedc6c5aa178fdf86a76d48ea3e00bcdf9ee8457304ec436557b7','5048d63f0c6132ebf275fa1f477b6d9fddd4d359905af6e3e4af2736054b6094');
INSERT INTO "custody_log" VALUES(59,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',3,'2026-11-26T16:16:18.214Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','5048d63f0c6132ebf275fa1f477b6d9fddd4d359905af6e3e4af2736054b6094','b12364e45d0e032d2e63f96fe6a38e63bf1b1a0cc12cc388aa93c1e7ee6ff6d0');
INSERT INTO "custody_log" VALUES(60,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',4,'2026-11-26T16:16:18.215Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','b12364e45d0e032d2e63f96fe6a38e63bf1b1a0cc12cc388aa93c1e7ee6ff6d0','cc9ebb6376c085793f5f425771057c714a303f824cd015a5a222dfd70b206c7d');
INSERT INTO "custody_log" VALUES(61,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',5,'2026-11-26T16:16:18.215Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','cc9ebb6376c085793f5f425771057c714a303f824cd015a5a222dfd70b206c7d','34564a8b6bcffb52662d81c134a29819e051fa18e2fc419b099e0d625e91f9d4');
INSERT INTO "custody_log" VALUES(62,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',6,'2026-11-26T16:16:18.216Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','34564a8b6bcffb52662d81c134a29819e051fa18e2fc419b099e0d625e91f9d4','62f68d0b4765f4ff9d33caba7326f231e36683ccac2f8b03619ae377ff2d06c5');
INSERT INTO "custody_log" VALUES(63,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',7,'2026-11-26T16:16:18.217Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','62f68d0b4765f4ff9d33caba7326f231e36683ccac2f8b03619ae377ff2d06c5','2df9e83a7e3ba2f6dbb32041a22dae7db15a99e60630fb071bd295c4e07603a6');
INSERT INTO "custody_log" VALUES(64,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',8,'2026-11-26T16:16:18.218Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','2df9e83a7e3ba2f6dbb32041a22dae7db15a99e60630fb071bd295c4e07603a6','2edc644d2070f5e2d5f98602b3f837e59e13518fbd0dd02418ae7429e4212fd6');
INSERT INTO "custody_log" VALUES(65,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',9,'2026-11-26T16:16:18.218Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','2edc644d2070f5e2d5f98602b3f837e59e13518fbd0dd02418ae7429e4212fd6','ee7c36ade820dfe3d4638af49013f898adcdb35fddbcd3880fb5bfced0ac443a');
INSERT INTO "custody_log" VALUES(66,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',10,'2026-11-26T16:16:18.219Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','ee7c36ade820dfe3d4638af49013f898adcdb35fddbcd3880fb5bfced0ac443a','e3034bb1dcbc350f6ba36c27b355781e594733418186070bba00e020d50c2187');
INSERT INTO "custody_log" VALUES(67,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',11,'2026-11-26T16:16:18.220Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','e3034bb1dcbc350f6ba36c27b355781e594733418186070bba00e020d50c2187','d4859b158a0ae67256eb52ffe7063ad026fdad2b06b63825a1f6987e0938082c');
INSERT INTO "custody_log" VALUES(68,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',12,'2026-11-26T16:16:18.220Z','DEMO-001','finding.raised','{"finding":"0b39103e-a997-4271-b5c8-dfd1aeff9925","item":1,"rule":"rf_hito_vencido","severity":"media"}','d4859b158a0ae67256eb52ffe7063ad026fdad2b06b63825a1f6987e0938082c','8f75cdb06f407262808d88d28788273f9de8df3f5092065ad0db8bd474f11536');
INSERT INTO "custody_log" VALUES(69,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',13,'2026-11-26T16:16:18.221Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','8f75cdb06f407262808d88d28788273f9de8df3f5092065ad0db8bd474f11536','c3ca9fc0230a497ab42886047b991ef7fd04d04fad5bf1bcfbb3833c8c786044');
INSERT INTO "custody_log" VALUES(70,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',14,'2026-11-26T16:16:18.222Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','c3ca9fc0230a497ab42886047b991ef7fd04d04fad5bf1bcfbb3833c8c786044','551c0420963d5cf7914423375ef4fd6f99761176479b761248795d9a1bdd9aca');
INSERT INTO "custody_log" VALUES(71,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',15,'2026-11-26T16:16:18.222Z','DEMO-001','finding.raised','{"finding":"cc9f9792-7591-466c-9a4b-40da0c6730c3","item":1,"rule":"rf_diferencia_avance","severity":"media"}','551c0420963d5cf7914423375ef4fd6f99761176479b761248795d9a1bdd9aca','24ccd7d71a49a64e373b543fbdca641fc553ea06b37b6aaf2d829c61023bef49');
INSERT INTO "custody_log" VALUES(72,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',16,'2026-11-26T16:16:18.223Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','24ccd7d71a49a64e373b543fbdca641fc553ea06b37b6aaf2d829c61023bef49','a0132b211e11bf78bb565be43445e059d3c4186c8faa15da7e582eb4a62e5323');
INSERT INTO "custody_log" VALUES(73,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',17,'2026-11-26T16:16:18.224Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','a0132b211e11bf78bb565be43445e059d3c4186c8faa15da7e582eb4a62e5323','f557bd68c63bd235db7f915234753c9015a4d24f6f037c7d73d8dacc85870241');
INSERT INTO "custody_log" VALUES(74,'ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3',18,'2026-11-26T16:16:18.224Z','DEMO-001','finding.raised','{"finding":"fd6625f5-ba85-4576-9f3e-20fb4f586be9","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','f557bd68c63bd235db7f915234753c9015a4d24f6f037c7d73d8dacc85870241','fc174796fff6220e8037cab01e1e92f0b4f06563eb352190343c5648425d3910');
INSERT INTO "custody_log" VALUES(75,'be47b735-f73e-4f88-84a7-3c465197fc98',1,'2026-11-26T16:16:18.225Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','2072f69c5707be38972f8cff09119d5a46f00fa6651e50bc423012b479f8e853');
INSERT INTO "custody_log" VALUES(76,'be47b735-f73e-4f88-84a7-3c465197fc98',2,'2026-11-26T16:16:18.226Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','2072f69c5707be38972f8cff09119d5a46f00fa6651e50bc423012b479f8e853','46988b4dee9dfae516b87776a9c6b70f3e008ff4c825ab4989661a3cf8fd0c82');
INSERT INTO "custody_log" VALUES(77,'be47b735-f73e-4f88-84a7-3c465197fc98',3,'2026-11-26T16:16:18.227Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','46988b4dee9dfae516b87776a9c6b70f3e008ff4c825ab4989661a3cf8fd0c82','fb76f7d16019866ef2ee816883fc992b07383e6a7e467fffc3442fbbdd019659');
INSERT INTO "custody_log" VALUES(78,'be47b735-f73e-4f88-84a7-3c465197fc98',4,'2026-11-26T16:16:18.228Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','fb76f7d16019866ef2ee816883fc992b07383e6a7e467fffc3442fbbdd019659','be41a797862caf13c4fb390822f934c09a1e19fb676146a6fba7a47d46619964');
INSERT INTO "custody_log" VALUES(79,'be47b735-f73e-4f88-84a7-3c465197fc98',5,'2026-11-26T16:16:18.229Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','be41a797862caf13c4fb390822f934c09a1e19fb676146a6fba7a47d46619964','73b7363c50e8d8c93e9278ee907b78e9f87c7a3b99a5e37272a9200768a58bc3');
INSERT INTO "custody_log" VALUES(80,'be47b735-f73e-4f88-84a7-3c465197fc98',6,'2026-11-26T16:16:18.229Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','73b7363c50e8d8c93e9278ee907b78e9f87c7a3b99a5e37272a9200768a58bc3','2b6ded57dc0e7f31d8b565ada6b970f8014d043beb2d413607f38b2908eedbee');
INSERT INTO "custody_log" VALUES(81,'be47b735-f73e-4f88-84a7-3c465197fc98',7,'2026-11-26T16:16:18.230Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','2b6ded57dc0e7f31d8b565ada6b970f8014d043beb2d413607f38b2908eedbee','4af253d023a05a8e058106fa287132609d34e2ae687caf6b6aef4e6d001f95a3');
INSERT INTO "custody_log" VALUES(82,'be47b735-f73e-4f88-84a7-3c465197fc98',8,'2026-11-26T16:16:18.231Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','4af253d023a05a8e058106fa287132609d34e2ae687caf6b6aef4e6d001f95a3','9077ae885b1577a2ecfa3ddf27edcd90ea13941109d6112623333d41e86c2df2');
INSERT INTO "custody_log" VALUES(83,'be47b735-f73e-4f88-84a7-3c465197fc98',9,'2026-11-26T16:16:18.232Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','9077ae885b1577a2ecfa3ddf27edcd90ea13941109d6112623333d41e86c2df2','e4c43fd26ca0ea382b704f571ec867fe12320f388db22c8e1b2ab867beedbad9');
INSERT INTO "custody_log" VALUES(84,'be47b735-f73e-4f88-84a7-3c465197fc98',10,'2026-11-26T16:16:18.232Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','e4c43fd26ca0ea382b704f571ec867fe12320f388db22c8e1b2ab867beedbad9','68acf10e02c843223eeb14b20bd7d13cee9eb35494f7970b45d6556a74c98898');
INSERT INTO "custody_log" VALUES(85,'be47b735-f73e-4f88-84a7-3c465197fc98',11,'2026-11-26T16:16:18.233Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','68acf10e02c843223eeb14b20bd7d13cee9eb35494f7970b45d6556a74c98898','64745de530c5e821e9d5e480f372627d354f0b7e45679e596b405ca1c1e7cbe2');
INSERT INTO "custody_log" VALUES(86,'be47b735-f73e-4f88-84a7-3c465197fc98',12,'2026-11-26T16:16:18.234Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','64745de530c5e821e9d5e480f372627d354f0b7e45679e596b405ca1c1e7cbe2','ae8b0f7fa381d77d1b2fa725d95e6ed26dbfb76bdf47d4a9e2378184a97bf1df');
INSERT INTO "custody_log" VALUES(87,'be47b735-f73e-4f88-84a7-3c465197fc98',13,'2026-11-26T16:16:18.235Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','ae8b0f7fa381d77d1b2fa725d95e6ed26dbfb76bdf47d4a9e2378184a97bf1df','a5f773182aa37e29bee565ae12c89fcd0cc5c9614e3be7a40f2ee803cf26cb56');
INSERT INTO "custody_log" VALUES(88,'be47b735-f73e-4f88-84a7-3c465197fc98',14,'2026-11-26T16:16:18.235Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','a5f773182aa37e29bee565ae12c89fcd0cc5c9614e3be7a40f2ee803cf26cb56','0de63103a9d1b0590187585e6a8dc1633b9c98bb1763c77c850197193f218cd0');
INSERT INTO "custody_log" VALUES(89,'be47b735-f73e-4f88-84a7-3c465197fc98',15,'2026-11-26T16:16:18.236Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','0de63103a9d1b0590187585e6a8dc1633b9c98bb1763c77c850197193f218cd0','880fc74f55f118f9b6fa1a32a9891c8edb8cc1bd1bb8e3bcdda343498df724ff');
INSERT INTO "custody_log" VALUES(90,'be47b735-f73e-4f88-84a7-3c465197fc98',16,'2026-11-26T16:16:18.237Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','880fc74f55f118f9b6fa1a32a9891c8edb8cc1bd1bb8e3bcdda343498df724ff','ac5c292dd0f308b8d68e0ec7d88a3158f2a9f2ed0724f9966716bb3ac198116b');
INSERT INTO "custody_log" VALUES(91,'be47b735-f73e-4f88-84a7-3c465197fc98',17,'2026-11-26T16:16:18.238Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','ac5c292dd0f308b8d68e0ec7d88a3158f2a9f2ed0724f9966716bb3ac198116b','6d394dab62177d6b30223b19f7cea668111ea8ec56dd2a69f523444dab2aa815');
INSERT INTO "custody_log" VALUES(92,'be47b735-f73e-4f88-84a7-3c465197fc98',18,'2026-11-26T16:16:18.239Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','6d394dab62177d6b30223b19f7cea668111ea8ec56dd2a69f523444dab2aa815','dda2b43f227f02b302950f5cec4b847ca3062a39d3c7226650dc82a9b983da6b');
INSERT INTO "custody_log" VALUES(93,'be47b735-f73e-4f88-84a7-3c465197fc98',19,'2026-11-26T16:16:18.239Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','dda2b43f227f02b302950f5cec4b847ca3062a39d3c7226650dc82a9b983da6b','d5a6994462d6c91214aafc9ee780d0dc376c4d15f91d52cc17f863e03dcdc437');
INSERT INTO "custody_log" VALUES(94,'be47b735-f73e-4f88-84a7-3c465197fc98',20,'2026-11-26T16:16:18.240Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','d5a6994462d6c91214aafc9ee780d0dc376c4d15f91d52cc17f863e03dcdc437','18550d232bfbd07dc16921fd10dd283cb8b07ff45b7eb15bfe61fe91903073e6');
INSERT INTO "custody_log" VALUES(95,'be47b735-f73e-4f88-84a7-3c465197fc98',21,'2026-11-26T16:16:18.242Z','DEMO-001','audit.finalized','{"content_sha256":"833b2f9d5ed7d2a9a4eef1db1e36e51d34f81a145734f7a662308bae7d8478cd"}','18550d232bfbd07dc16921fd10dd283cb8b07ff45b7eb15bfe61fe91903073e6','33a5f39a2d704735a09d9a1fc6bb7c5c33792917f0c612491316161f5e5c02b2');
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
INSERT INTO "findings" VALUES('b6f5a167-0d14-4ab8-bbee-c2ed40954a29','c2246078-4aed-41d9-bd27-2b431a03ede9','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-11-26T16:16:18.036Z','2026-11-26T16:16:18.036Z');
INSERT INTO "findings" VALUES('8f62992c-9475-42e8-be77-e91455f20fb0','c2246078-4aed-41d9-bd27-2b431a03ede9','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-11-26T16:16:18.044Z','2026-11-26T16:16:18.044Z');
INSERT INTO "findings" VALUES('c3594cab-fb54-4fe9-858a-67e2b3fdeb73','8324b0e2-ba24-42c1-9634-7e32d81ce3ec','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-11-26T16:16:18.052Z','2026-11-26T16:16:18.052Z');
INSERT INTO "findings" VALUES('efe16d91-346a-492e-9e37-83d7985d26fe','8324b0e2-ba24-42c1-9634-7e32d81ce3ec','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-11-26T16:16:18.057Z','2026-11-26T16:16:18.057Z');
INSERT INTO "findings" VALUES('2fc4d717-4676-4eb6-aef5-0c7580ba72a7','d4417a86-3968-44af-976a-7362f69d3912','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-11-26T16:16:18.114Z','2026-11-26T16:16:18.114Z');
INSERT INTO "findings" VALUES('af7a096d-4aba-48e8-9742-c518ce815db5','d4417a86-3968-44af-976a-7362f69d3912','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-11-26T16:16:18.120Z','2026-11-26T16:16:18.120Z');
INSERT INTO "findings" VALUES('9f5b1045-dfd8-44c7-bcea-76be1e072e29','17202123-10ba-4090-838f-58bd256cc359','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-11-26T16:16:18.180Z','2026-11-26T16:16:18.180Z');
INSERT INTO "findings" VALUES('0b39103e-a997-4271-b5c8-dfd1aeff9925','ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-11-26T16:16:18.220Z','2026-11-26T16:16:18.220Z');
INSERT INTO "findings" VALUES('cc9f9792-7591-466c-9a4b-40da0c6730c3','ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-11-26T16:16:18.222Z','2026-11-26T16:16:18.222Z');
INSERT INTO "findings" VALUES('fd6625f5-ba85-4576-9f3e-20fb4f586be9','ba20e1e8-6fda-4a5a-8d72-bd68af6aaec3','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-11-26T16:16:18.224Z','2026-11-26T16:16:18.224Z');
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
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-11-26T16:16:17.960Z','2026-11-26T16:16:17.960Z');
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
INSERT INTO "participation_sessions" VALUES('f4047e4a-1e83-4163-bb44-8bd1920e918d','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','c2246078-4aed-41d9-bd27-2b431a03ede9','Presidencia Municipal','','2026-11-26T16:16:18.242Z');
INSERT INTO "participation_sessions" VALUES('cf94a9e7-ca1b-4994-bf75-a72328f09db3','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','c2246078-4aed-41d9-bd27-2b431a03ede9','Presidencia Municipal','','2026-11-26T16:16:18.243Z');
INSERT INTO "participation_sessions" VALUES('12d384ab-a6af-4735-b561-f82484748efc','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','d4417a86-3968-44af-976a-7362f69d3912','Col. Riberas de Sacramento','','2026-11-26T16:16:18.243Z');
INSERT INTO "participation_sessions" VALUES('871b07cb-ef52-4ce0-989b-cca8babd9572','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','be47b735-f73e-4f88-84a7-3c465197fc98','El Sauz','','2026-11-26T16:16:18.244Z');
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
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-11-26T16:16:17.767046+00:00');
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

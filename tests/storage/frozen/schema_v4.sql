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
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','avance_obra_publicado',-1,'"si"',NULL,'2026-12-06T22:45:08.718Z','2026-12-06T22:45:08.718Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','contrato_en_sipot',-1,'"si"',NULL,'2026-12-06T22:45:08.700Z','2026-12-06T22:45:08.700Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','enlace_convocatoria',-1,'"si"',NULL,'2026-12-06T22:45:08.706Z','2026-12-06T22:45:08.706Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','enlace_dictamen',-1,'"no"',NULL,'2026-12-06T22:45:08.710Z','2026-12-06T22:45:08.710Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','enlace_fallo',-1,'"si"',NULL,'2026-12-06T22:45:08.709Z','2026-12-06T22:45:08.709Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-12-06T22:45:08.705Z','2026-12-06T22:45:08.705Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','finiquito_publicado',-1,'"na"',NULL,'2026-12-06T22:45:08.727Z','2026-12-06T22:45:08.727Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','formato_datos',-1,'"abierto"',NULL,'2026-12-06T22:45:08.730Z','2026-12-06T22:45:08.730Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','lista_asistentes_publicada',-1,'"si"',NULL,'2026-12-06T22:45:08.712Z','2026-12-06T22:45:08.712Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','listado_obras_publicado',-1,'"si"',NULL,'2026-12-06T22:45:08.729Z','2026-12-06T22:45:08.729Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-12-06T22:45:08.728Z','2026-12-06T22:45:08.728Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-12-06T22:45:08.713Z','2026-12-06T22:45:08.713Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-12-06T22:45:08.731Z','2026-12-06T22:45:08.731Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','padron_proveedores_publicado',-1,'"si"',NULL,'2026-12-06T22:45:08.729Z','2026-12-06T22:45:08.729Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','partida_origen_publicados',-1,'"si"',NULL,'2026-12-06T22:45:08.717Z','2026-12-06T22:45:08.717Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','recepcion_obra_publicada',-1,'"na"',NULL,'2026-12-06T22:45:08.720Z','2026-12-06T22:45:08.720Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-12-06T22:45:08.701Z','2026-12-06T22:45:08.701Z');
INSERT INTO "answers" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','version_publica_contrato',-1,'"si"',NULL,'2026-12-06T22:45:08.716Z','2026-12-06T22:45:08.716Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','acta_junta_publicada',-1,'"si"',NULL,'2026-12-06T22:45:08.577Z','2026-12-06T22:45:08.577Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','apertura_publica',-1,'"si"',NULL,'2026-12-06T22:45:08.588Z','2026-12-06T22:45:08.588Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','asistentes_junta',-1,'3',NULL,'2026-12-06T22:45:08.580Z','2026-12-06T22:45:08.580Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-12-06T22:45:08.583Z','2026-12-06T22:45:08.583Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','convocatoria_publicada',-1,'"si"',NULL,'2026-12-06T22:45:08.562Z','2026-12-06T22:45:08.562Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','especificaciones_dirigidas',-1,'"no"',NULL,'2026-12-06T22:45:08.573Z','2026-12-06T22:45:08.573Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-12-06T22:45:08.570Z','2026-12-06T22:45:08.570Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-12-06T22:45:08.568Z','2026-12-06T22:45:08.568Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','indicios_colusion',-1,'"no"',NULL,'2026-12-06T22:45:08.590Z','2026-12-06T22:45:08.590Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-06T22:45:08.575Z','2026-12-06T22:45:08.575Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-12-06T22:45:08.584Z','2026-12-06T22:45:08.584Z');
INSERT INTO "answers" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','propuesta_extemporanea',-1,'"no"',NULL,'2026-12-06T22:45:08.589Z','2026-12-06T22:45:08.589Z');
INSERT INTO "answers" VALUES('25dc644d-78ab-49c9-9f00-9f021f67d1e2','dictamen_comite',-1,'"si"',NULL,'2026-12-06T22:45:08.604Z','2026-12-06T22:45:08.604Z');
INSERT INTO "answers" VALUES('25dc644d-78ab-49c9-9f00-9f021f67d1e2','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-12-06T22:45:08.598Z','2026-12-06T22:45:08.598Z');
INSERT INTO "answers" VALUES('25dc644d-78ab-49c9-9f00-9f021f67d1e2','especificaciones_dirigidas',-1,'"si"',NULL,'2026-12-06T22:45:08.594Z','2026-12-06T22:45:08.594Z');
INSERT INTO "answers" VALUES('25dc644d-78ab-49c9-9f00-9f021f67d1e2','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-06T22:45:08.600Z','2026-12-06T22:45:08.600Z');
INSERT INTO "answers" VALUES('25dc644d-78ab-49c9-9f00-9f021f67d1e2','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-12-06T22:45:08.603Z','2026-12-06T22:45:08.603Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-12-06T22:45:08.745Z','2026-12-06T22:45:08.745Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-12-06T22:45:08.780Z','2026-12-06T22:45:08.780Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','entregable_verificable',0,'"si"',NULL,'2026-12-06T22:45:08.746Z','2026-12-06T22:45:08.746Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','entregable_verificable',1,'"si"',NULL,'2026-12-06T22:45:08.782Z','2026-12-06T22:45:08.782Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','estatus',0,'"completo"',NULL,'2026-12-06T22:45:08.754Z','2026-12-06T22:45:08.754Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','estatus',1,'"limitado"',NULL,'2026-12-06T22:45:08.783Z','2026-12-06T22:45:08.783Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','grupo_coordinador_participo',-1,'"si"',NULL,'2026-12-06T22:45:08.789Z','2026-12-06T22:45:08.789Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','informe_avance_publicado',-1,'"no"',NULL,'2026-12-06T22:45:08.790Z','2026-12-06T22:45:08.790Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','porcentaje_reportado',0,'100',NULL,'2026-12-06T22:45:08.760Z','2026-12-06T22:45:08.760Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','porcentaje_reportado',1,'80',NULL,'2026-12-06T22:45:08.787Z','2026-12-06T22:45:08.787Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','porcentaje_verificado',0,'100',NULL,'2026-12-06T22:45:08.761Z','2026-12-06T22:45:08.761Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','porcentaje_verificado',1,'40',NULL,'2026-12-06T22:45:08.788Z','2026-12-06T22:45:08.788Z');
INSERT INTO "answers" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-12-06T22:45:08.761Z','2026-12-06T22:45:08.761Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','acta_entrega_recepcion',-1,'"si"',NULL,'2026-12-06T22:45:08.832Z','2026-12-06T22:45:08.832Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','anticipo_amortizado',-1,'"si"',NULL,'2026-12-06T22:45:08.819Z','2026-12-06T22:45:08.819Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','avance_financiero_pagado',-1,'100',NULL,'2026-12-06T22:45:08.799Z','2026-12-06T22:45:08.799Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','avance_fisico_observado',-1,'100',NULL,'2026-12-06T22:45:08.797Z','2026-12-06T22:45:08.797Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','avance_fisico_reportado',-1,'100',NULL,'2026-12-06T22:45:08.798Z','2026-12-06T22:45:08.798Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','bitacora_al_dia',-1,'"si"',NULL,'2026-12-06T22:45:08.795Z','2026-12-06T22:45:08.795Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','cantidades_coinciden',-1,'"si"',NULL,'2026-12-06T22:45:08.801Z','2026-12-06T22:45:08.801Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','comite_contraloria_social',-1,'"si"',NULL,'2026-12-06T22:45:08.822Z','2026-12-06T22:45:08.822Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','convenios_modificatorios',-1,'"no"',NULL,'2026-12-06T22:45:08.811Z','2026-12-06T22:45:08.811Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','defectos_visibles',-1,'"ninguno"',NULL,'2026-12-06T22:45:08.804Z','2026-12-06T22:45:08.804Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','estado_programa',-1,'"terminada"',NULL,'2026-12-06T22:45:08.800Z','2026-12-06T22:45:08.800Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','expediente_disponible',-1,'"si"',NULL,'2026-12-06T22:45:08.793Z','2026-12-06T22:45:08.793Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-12-06T22:45:08.796Z','2026-12-06T22:45:08.796Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','letrero_obra',-1,'"si"',NULL,'2026-12-06T22:45:08.794Z','2026-12-06T22:45:08.794Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','materiales_conformes',-1,'"si"',NULL,'2026-12-06T22:45:08.804Z','2026-12-06T22:45:08.804Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','obra_en_uso',-1,'"si"',NULL,'2026-12-06T22:45:08.833Z','2026-12-06T22:45:08.833Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-12-06T22:45:08.835Z','2026-12-06T22:45:08.835Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','pruebas_laboratorio',-1,'"si"',NULL,'2026-12-06T22:45:08.807Z','2026-12-06T22:45:08.807Z');
INSERT INTO "answers" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','quejas_vecinos',-1,'"no"',NULL,'2026-12-06T22:45:08.827Z','2026-12-06T22:45:08.827Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','avance_financiero_pagado',-1,'68',NULL,'2026-12-06T22:45:08.668Z','2026-12-06T22:45:08.668Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-12-06T22:45:08.665Z','2026-12-06T22:45:08.665Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','avance_fisico_reportado',-1,'70',NULL,'2026-12-06T22:45:08.667Z','2026-12-06T22:45:08.667Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','bitacora_al_dia',-1,'"si"',NULL,'2026-12-06T22:45:08.661Z','2026-12-06T22:45:08.661Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','estado_programa',-1,'"atrasada"',NULL,'2026-12-06T22:45:08.673Z','2026-12-06T22:45:08.673Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','expediente_disponible',-1,'"si"',NULL,'2026-12-06T22:45:08.656Z','2026-12-06T22:45:08.656Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-12-06T22:45:08.663Z','2026-12-06T22:45:08.663Z');
INSERT INTO "answers" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-12-06T22:45:08.658Z','2026-12-06T22:45:08.658Z');
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
INSERT INTO "audits" VALUES('1feb84b6-2599-4ce8-a99a-913ada16b6c7','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','1feb84b6-2599-4ce8-a99a-913ada16b6c7 procedimiento_contratacion observacion de procedimiento de contratacion lp-mch-adq-014-2026 — adquisicion de uniformes para la secretaria de seguridad publica lp-mch-adq-014-2026 direccion de recursos materiales adquisicion de uniformes para la secretaria de seguridad publica licitacion publica nacional municipal 4850000 presentacion y apertura de proposiciones 2026-10-14 sala de juntas del comite de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','{}','2026-12-06T22:45:08.527Z','2026-12-06T22:45:08.590Z',NULL,NULL,'ee48467d64f0b24cd1b1e212290c17979895f9f5a62ecc007fba1584d2a477f0',15);
INSERT INTO "audits" VALUES('25dc644d-78ab-49c9-9f00-9f021f67d1e2','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','25dc644d-78ab-49c9-9f00-9f021f67d1e2 procedimiento_contratacion observacion de procedimiento de contratacion ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 direccion de alumbrado publico mantenimiento correctivo de luminarias en el sector poniente adjudicacion directa nacional estatal 1280000 lectura o notificacion del fallo 2026-11-05 oficinas de la direccion de alumbrado publico no','2026-11-05','DEMO-001','{}','2026-12-06T22:45:08.593Z','2026-12-06T22:45:08.605Z',NULL,NULL,'2c1ddb44b626664d9764a14377e3d786fe00989992bf11bdf20cfb4636d3dc26',8);
INSERT INTO "audits" VALUES('f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e visita_obra_publica visita de verificacion de obra publica op-mch-fism-007-2026 — pavimentacion con concreto hidraulico de la calle libertad op-mch-fism-007-2026 pavimentacion con concreto hidraulico de la calle libertad calle libertad entre av. tecnologico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chavez dominguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','{}','2026-12-06T22:45:08.607Z','2026-12-06T22:45:08.673Z',NULL,NULL,'047d31278bd3bc5cafaa9723e40452c09ef1ccc5166c4ec824280574937399d1',11);
INSERT INTO "audits" VALUES('01fc4868-0767-4f46-a97d-395238063bc6','transparencia_contratacion',2,'689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','01fc4868-0767-4f46-a97d-395238063bc6 transparencia_contratacion revision de transparencia de la contratacion lp-mch-op-009-2026 — rehabilitacion del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 direccion de obras publicas rehabilitacion del parque los nogales obra publica licitacion publica urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-06T22:45:08.676Z','2026-12-06T22:45:08.732Z','2026-12-06T22:45:08.732Z','e5dd71a183804796384deb865caa9ed35ac7027663a25ca32d0edde72aa357ca','e24ef5d20bea10895d4fa0f28ce40b13006773d43c0cdc0aef7762afaaa27d7c',21);
INSERT INTO "audits" VALUES('558055fd-238e-49bf-af45-91e532c6adb8','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','558055fd-238e-49bf-af45-91e532c6adb8 seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rapida de empresas 2 apertura rapida de empresas primer plan de accion local de gobierno abierto de chihuahua direccion de desarrollo economico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba mas de 30 dias habiles. acceso a la informacion rendicion de cuentas','2025-03-01','DEMO-001','{}','2026-12-06T22:45:08.735Z','2026-12-06T22:45:08.790Z',NULL,NULL,'31772c0785ce9179fe65237d7e435f48929f19cfb34e6d2ff751307a5020f94d',18);
INSERT INTO "audits" VALUES('e72569e7-5a63-485d-a001-bed619ad2a86','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','e72569e7-5a63-485d-a001-bed619ad2a86 visita_obra_publica visita de verificacion de obra publica op-mch-rp-021-2026 — construccion de techumbre en cancha de usos multiples op-mch-rp-021-2026 construccion de techumbre en cancha de usos multiples escuela primaria benito juarez, localidad el sauz estructuras metalicas cuauhtemoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-06T22:45:08.791Z','2026-12-06T22:45:09.679Z','2026-12-06T22:45:09.679Z','753523e1a37b2bc850abccfae81f9e508f865b1912ee1b659289972e72810f50','48cb3bc3b923f9ece5c948b502c21f983891aa5eaafcda383d72e308d8928a97',24);
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
','2026-12-06T22:45:08.527Z');
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
','2026-12-06T22:45:08.607Z');
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
','2026-12-06T22:45:08.676Z');
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
','2026-12-06T22:45:08.735Z');
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
INSERT INTO "custody_log" VALUES(1,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',1,'2026-12-06T22:45:08.529Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','90e5cf47670719514be0d103e43860fd15e4bbd2e2059baeadb7518b9ecff2fa');
INSERT INTO "custody_log" VALUES(2,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',2,'2026-12-06T22:45:08.562Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','90e5cf47670719514be0d103e43860fd15e4bbd2e2059baeadb7518b9ecff2fa','23698471ee5ec399e82f38af6fd461f5075c16ce3ebd84d07fb53d1f1c7401b6');
INSERT INTO "custody_log" VALUES(3,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',3,'2026-12-06T22:45:08.568Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','23698471ee5ec399e82f38af6fd461f5075c16ce3ebd84d07fb53d1f1c7401b6','f8ad150887bbbfa84fefa3429998075267a2274ffaa94958b03c33f0b916ec66');
INSERT INTO "custody_log" VALUES(4,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',4,'2026-12-06T22:45:08.570Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','f8ad150887bbbfa84fefa3429998075267a2274ffaa94958b03c33f0b916ec66','ebf7b8e8a60670b18dc0619f1ab101f28bf91db1fb4b32b18d9644e0abadfd7c');
INSERT INTO "custody_log" VALUES(5,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',5,'2026-12-06T22:45:08.572Z','DEMO-001','finding.raised','{"finding":"4c052aa3-53bf-4f1c-b5e3-686879be9579","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','ebf7b8e8a60670b18dc0619f1ab101f28bf91db1fb4b32b18d9644e0abadfd7c','8ef42b38a9eaeda0a27827cb505398229ee19578584624994239d993d67ab852');
INSERT INTO "custody_log" VALUES(6,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',6,'2026-12-06T22:45:08.573Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','8ef42b38a9eaeda0a27827cb505398229ee19578584624994239d993d67ab852','eed3fac51727bfebdd63dbedb0ce160926347525ac46fe524f3e103e2e6aaf6f');
INSERT INTO "custody_log" VALUES(7,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',7,'2026-12-06T22:45:08.575Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','eed3fac51727bfebdd63dbedb0ce160926347525ac46fe524f3e103e2e6aaf6f','006db1d969e4fc2518fe609ac69fc35c0c959ca30b3e9ba081cbc737e1822f39');
INSERT INTO "custody_log" VALUES(8,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',8,'2026-12-06T22:45:08.577Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','006db1d969e4fc2518fe609ac69fc35c0c959ca30b3e9ba081cbc737e1822f39','94e1a0e452c394f30637867d3b58448a44c0a44255284446ea4d5b9a77d488ac');
INSERT INTO "custody_log" VALUES(9,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',9,'2026-12-06T22:45:08.580Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','94e1a0e452c394f30637867d3b58448a44c0a44255284446ea4d5b9a77d488ac','2e5dd5c1f1667523487bb8f14f123b65ef71a322a35e31dd0553e1a69d95e8a3');
INSERT INTO "custody_log" VALUES(10,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',10,'2026-12-06T22:45:08.583Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','2e5dd5c1f1667523487bb8f14f123b65ef71a322a35e31dd0553e1a69d95e8a3','6727d68d08e7921304a40717bbed9f4805a23a96fa77d92e0a053595659eb8a0');
INSERT INTO "custody_log" VALUES(11,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',11,'2026-12-06T22:45:08.584Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','6727d68d08e7921304a40717bbed9f4805a23a96fa77d92e0a053595659eb8a0','702e7b2215a7393d4f7c563ad9c6603f530eb95f836b1f39679fff9a2c67eb76');
INSERT INTO "custody_log" VALUES(12,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',12,'2026-12-06T22:45:08.584Z','DEMO-001','finding.raised','{"finding":"990cf019-cbc5-4354-a425-5d330880c62b","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','702e7b2215a7393d4f7c563ad9c6603f530eb95f836b1f39679fff9a2c67eb76','172b67e6785ea31b832fb9f6daf6915daf7894817700342d8e698ad517527886');
INSERT INTO "custody_log" VALUES(13,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',13,'2026-12-06T22:45:08.588Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','172b67e6785ea31b832fb9f6daf6915daf7894817700342d8e698ad517527886','c849a9531d6079b4acdf13bb40e3a561f4a9d0df9ae337dbd30d44bc470ea917');
INSERT INTO "custody_log" VALUES(14,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',14,'2026-12-06T22:45:08.589Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','c849a9531d6079b4acdf13bb40e3a561f4a9d0df9ae337dbd30d44bc470ea917','d470fd7ff125246eb66f95876c41b8c1088dda32998de71bfaae1c6de105ab56');
INSERT INTO "custody_log" VALUES(15,'1feb84b6-2599-4ce8-a99a-913ada16b6c7',15,'2026-12-06T22:45:08.590Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','d470fd7ff125246eb66f95876c41b8c1088dda32998de71bfaae1c6de105ab56','ee48467d64f0b24cd1b1e212290c17979895f9f5a62ecc007fba1584d2a477f0');
INSERT INTO "custody_log" VALUES(16,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',1,'2026-12-06T22:45:08.594Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','744a3d3411a92ed0eb67e98929225cd9507035d235bb1b49b02fd523175aab0e');
INSERT INTO "custody_log" VALUES(17,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',2,'2026-12-06T22:45:08.594Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','744a3d3411a92ed0eb67e98929225cd9507035d235bb1b49b02fd523175aab0e','2727d5e65761a7baa7d5c8bf9c4d294dd2304cc2afb7c2e249f875807ac63fe7');
INSERT INTO "custody_log" VALUES(18,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',3,'2026-12-06T22:45:08.595Z','DEMO-001','finding.raised','{"finding":"3671a2d4-f8bb-4721-9d63-2ff49bfc7ec6","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','2727d5e65761a7baa7d5c8bf9c4d294dd2304cc2afb7c2e249f875807ac63fe7','04d977c1b5fb8fe2a4e4467fabf8e3a1a034a096638c95db97cea9a8411a8f19');
INSERT INTO "custody_log" VALUES(19,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',4,'2026-12-06T22:45:08.599Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','04d977c1b5fb8fe2a4e4467fabf8e3a1a034a096638c95db97cea9a8411a8f19','6468691eeb12171c7edffccf1c385852f18131f378fb620b346e5ea3f0efbe49');
INSERT INTO "custody_log" VALUES(20,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',5,'2026-12-06T22:45:08.600Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','6468691eeb12171c7edffccf1c385852f18131f378fb620b346e5ea3f0efbe49','ed0f1c3748653759eb8c91cbbd56e5340c3e2829508d01956793850374378bab');
INSERT INTO "custody_log" VALUES(21,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',6,'2026-12-06T22:45:08.603Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','ed0f1c3748653759eb8c91cbbd56e5340c3e2829508d01956793850374378bab','1ced63ff86a8a847143d574a766674df59cb42faa95abe3e1542a54fe6b29a50');
INSERT INTO "custody_log" VALUES(22,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',7,'2026-12-06T22:45:08.604Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','1ced63ff86a8a847143d574a766674df59cb42faa95abe3e1542a54fe6b29a50','fe31d9132ca1ba0bf8c89223f3262caa88914012500bca6f535576346a5391bc');
INSERT INTO "custody_log" VALUES(23,'25dc644d-78ab-49c9-9f00-9f021f67d1e2',8,'2026-12-06T22:45:08.605Z','DEMO-001','finding.added','{"finding":"fe6e97f8-1c17-471f-9f41-d76174d94098","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','fe31d9132ca1ba0bf8c89223f3262caa88914012500bca6f535576346a5391bc','2c1ddb44b626664d9764a14377e3d786fe00989992bf11bdf20cfb4636d3dc26');
INSERT INTO "custody_log" VALUES(24,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',1,'2026-12-06T22:45:08.607Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','582dbb3d28613f0bc6f2ee44816c28e22d51462cdddec626d3cc71df4ed7cb36');
INSERT INTO "custody_log" VALUES(25,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',2,'2026-12-06T22:45:08.656Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','582dbb3d28613f0bc6f2ee44816c28e22d51462cdddec626d3cc71df4ed7cb36','b9767e8a8db9941e60b0a8b4b581a26e457a4e67785fb085bc5087dcf1e88893');
INSERT INTO "custody_log" VALUES(26,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',3,'2026-12-06T22:45:08.658Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','b9767e8a8db9941e60b0a8b4b581a26e457a4e67785fb085bc5087dcf1e88893','90cf398133dbd6357a804dd6a87c6fdbd6084825e6ff028289fbd90e257024cd');
INSERT INTO "custody_log" VALUES(27,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',4,'2026-12-06T22:45:08.658Z','DEMO-001','finding.raised','{"finding":"1394385f-9df8-49ed-b9a4-d395e88a9eb5","item":null,"rule":"rf_sin_letrero","severity":"media"}','90cf398133dbd6357a804dd6a87c6fdbd6084825e6ff028289fbd90e257024cd','eb08d015bc394c0f0234864011e214471cd880174aac624e892e808f8af4a26f');
INSERT INTO "custody_log" VALUES(28,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',5,'2026-12-06T22:45:08.661Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','eb08d015bc394c0f0234864011e214471cd880174aac624e892e808f8af4a26f','884033224e70b0401677c367ad0613b57d69c3c53fd1255a6eab82fe6ffa7d5b');
INSERT INTO "custody_log" VALUES(29,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',6,'2026-12-06T22:45:08.663Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','884033224e70b0401677c367ad0613b57d69c3c53fd1255a6eab82fe6ffa7d5b','5b66cf8cf19fd7bb528ccddd188d63482728ea0c3db33b5d901831d25e9bbf88');
INSERT INTO "custody_log" VALUES(30,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',7,'2026-12-06T22:45:08.665Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','5b66cf8cf19fd7bb528ccddd188d63482728ea0c3db33b5d901831d25e9bbf88','4fc9140cdf1cfe27bc4d64b7a3acf80f9b5099b41cbcd0ec36fdf7f205b91a61');
INSERT INTO "custody_log" VALUES(31,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',8,'2026-12-06T22:45:08.667Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','4fc9140cdf1cfe27bc4d64b7a3acf80f9b5099b41cbcd0ec36fdf7f205b91a61','5df3e3f823aecf35c2fd1d9522e735a35e73a06cd27fb9c981af475565f42602');
INSERT INTO "custody_log" VALUES(32,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',9,'2026-12-06T22:45:08.668Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','5df3e3f823aecf35c2fd1d9522e735a35e73a06cd27fb9c981af475565f42602','3a485bfa1a7ec5ddbe78c31d0973a620adb2d595d0827d66e2d360815c21e0d8');
INSERT INTO "custody_log" VALUES(33,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',10,'2026-12-06T22:45:08.673Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','3a485bfa1a7ec5ddbe78c31d0973a620adb2d595d0827d66e2d360815c21e0d8','459f818a22fb967d22bb2227267912d0c4c72401be6a2a78d4360b37231906a4');
INSERT INTO "custody_log" VALUES(34,'f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e',11,'2026-12-06T22:45:08.676Z','DEMO-001','finding.raised','{"finding":"f8907518-766d-4009-b489-b1ee705b7a29","item":null,"rule":"rf_obra_atrasada","severity":"media"}','459f818a22fb967d22bb2227267912d0c4c72401be6a2a78d4360b37231906a4','047d31278bd3bc5cafaa9723e40452c09ef1ccc5166c4ec824280574937399d1');
INSERT INTO "custody_log" VALUES(35,'01fc4868-0767-4f46-a97d-395238063bc6',1,'2026-12-06T22:45:08.677Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97","form_version":2,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','beb12c66f80d060f6a37b5e191d6043c348b5ebc0108e6ee6abb1d2ae4da5af4');
INSERT INTO "custody_log" VALUES(36,'01fc4868-0767-4f46-a97d-395238063bc6',2,'2026-12-06T22:45:08.700Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','beb12c66f80d060f6a37b5e191d6043c348b5ebc0108e6ee6abb1d2ae4da5af4','e1ad0538b282184d543b06dccb9bb9a8fcea70f0c694f2b08cc9048f7fad77ff');
INSERT INTO "custody_log" VALUES(37,'01fc4868-0767-4f46-a97d-395238063bc6',3,'2026-12-06T22:45:08.701Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','e1ad0538b282184d543b06dccb9bb9a8fcea70f0c694f2b08cc9048f7fad77ff','893f92e922fb80eee0b87c19cb07b5c4bb600e2c9dbe36fbca3bd89edc823366');
INSERT INTO "custody_log" VALUES(38,'01fc4868-0767-4f46-a97d-395238063bc6',4,'2026-12-06T22:45:08.705Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','893f92e922fb80eee0b87c19cb07b5c4bb600e2c9dbe36fbca3bd89edc823366','523956583e032f2b193155a27e78c15f47e8216495a434f221213bdbeb168983');
INSERT INTO "custody_log" VALUES(39,'01fc4868-0767-4f46-a97d-395238063bc6',5,'2026-12-06T22:45:08.706Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','523956583e032f2b193155a27e78c15f47e8216495a434f221213bdbeb168983','01951d608012f7ed9a5daffd25445f30ec7ee093e5c00488e0023a62c0e7e513');
INSERT INTO "custody_log" VALUES(40,'01fc4868-0767-4f46-a97d-395238063bc6',6,'2026-12-06T22:45:08.709Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','01951d608012f7ed9a5daffd25445f30ec7ee093e5c00488e0023a62c0e7e513','74e3efa08c9af712d07cdf2f1b13cf2737972224e7324ab748cc17b1b3981711');
INSERT INTO "custody_log" VALUES(41,'01fc4868-0767-4f46-a97d-395238063bc6',7,'2026-12-06T22:45:08.710Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','74e3efa08c9af712d07cdf2f1b13cf2737972224e7324ab748cc17b1b3981711','192c2943fa192e6c4358c9cde98459d30a43da003d3e837424415fe5d7c5002a');
INSERT INTO "custody_log" VALUES(42,'01fc4868-0767-4f46-a97d-395238063bc6',8,'2026-12-06T22:45:08.711Z','DEMO-001','finding.raised','{"finding":"4f88ca48-2ea1-435b-88be-d15f9aa6a98f","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','192c2943fa192e6c4358c9cde98459d30a43da003d3e837424415fe5d7c5002a','4330cb396134cf1799516ac8e3e40771f4ea607297c4a0b723f71b3468e14dfe');
INSERT INTO "custody_log" VALUES(43,'01fc4868-0767-4f46-a97d-395238063bc6',9,'2026-12-06T22:45:08.712Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','4330cb396134cf1799516ac8e3e40771f4ea607297c4a0b723f71b3468e14dfe','fc3709384885585a50b3dd94cab80b21a6c5879ba4c3e65cfb6bd47539823422');
INSERT INTO "custody_log" VALUES(44,'01fc4868-0767-4f46-a97d-395238063bc6',10,'2026-12-06T22:45:08.713Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','fc3709384885585a50b3dd94cab80b21a6c5879ba4c3e65cfb6bd47539823422','f13498bc26bb14b7a0c05c6205972f96716c9128bd003f34d7d6c3df54a70098');
INSERT INTO "custody_log" VALUES(45,'01fc4868-0767-4f46-a97d-395238063bc6',11,'2026-12-06T22:45:08.716Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','f13498bc26bb14b7a0c05c6205972f96716c9128bd003f34d7d6c3df54a70098','efd3cb6fc667cdfb6a5511dab2a238404c3ad0bc67b7ec5eb47e77b45bf32469');
INSERT INTO "custody_log" VALUES(46,'01fc4868-0767-4f46-a97d-395238063bc6',12,'2026-12-06T22:45:08.717Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','efd3cb6fc667cdfb6a5511dab2a238404c3ad0bc67b7ec5eb47e77b45bf32469','785dd9f05f3c2c8e672766779cd7218cd7eeac4bd1bd756133fd677ebd372b69');
INSERT INTO "custody_log" VALUES(47,'01fc4868-0767-4f46-a97d-395238063bc6',13,'2026-12-06T22:45:08.718Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','785dd9f05f3c2c8e672766779cd7218cd7eeac4bd1bd756133fd677ebd372b69','a4b3f937968664b0e9b523c3ce67ef2a0d3a59ed504b86ce539c9f04d3f21dc3');
INSERT INTO "custody_log" VALUES(48,'01fc4868-0767-4f46-a97d-395238063bc6',14,'2026-12-06T22:45:08.720Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','a4b3f937968664b0e9b523c3ce67ef2a0d3a59ed504b86ce539c9f04d3f21dc3','315577e2955a63f0d03bbeb18df92c1065aedf9e3f75e7f7a54a3e6438946626');
INSERT INTO "custody_log" VALUES(49,'01fc4868-0767-4f46-a97d-395238063bc6',15,'2026-12-06T22:45:08.727Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','315577e2955a63f0d03bbeb18df92c1065aedf9e3f75e7f7a54a3e6438946626','0f77ca344e0b893401c7fabcbb6ccfccf766e95ee2a11a5f534db73618ae9d9d');
INSERT INTO "custody_log" VALUES(50,'01fc4868-0767-4f46-a97d-395238063bc6',16,'2026-12-06T22:45:08.728Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','0f77ca344e0b893401c7fabcbb6ccfccf766e95ee2a11a5f534db73618ae9d9d','c3682108649edb2f5f1e29866a89baf19833c626afa0927ffac1946f906eb296');
INSERT INTO "custody_log" VALUES(51,'01fc4868-0767-4f46-a97d-395238063bc6',17,'2026-12-06T22:45:08.729Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','c3682108649edb2f5f1e29866a89baf19833c626afa0927ffac1946f906eb296','eacdf60149fca56d0e7f07a13bd93067a6c1cf5739f1b3e9661633f32d3f8e7e');
INSERT INTO "custody_log" VALUES(52,'01fc4868-0767-4f46-a97d-395238063bc6',18,'2026-12-06T22:45:08.729Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','eacdf60149fca56d0e7f07a13bd93067a6c1cf5739f1b3e9661633f32d3f8e7e','965994a40cd3e22b99ec3498e2e911d8423d4077226e4ee39f7b4c7faaf5a487');
INSERT INTO "custody_log" VALUES(53,'01fc4868-0767-4f46-a97d-395238063bc6',19,'2026-12-06T22:45:08.730Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','965994a40cd3e22b99ec3498e2e911d8423d4077226e4ee39f7b4c7faaf5a487','b3488727aa5527b758fb24db7ac0a145a6ab0120e3cc73fb02a06e1efadfd538');
INSERT INTO "custody_log" VALUES(54,'01fc4868-0767-4f46-a97d-395238063bc6',20,'2026-12-06T22:45:08.731Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','b3488727aa5527b758fb24db7ac0a145a6ab0120e3cc73fb02a06e1efadfd538','3644194f8640b8752835935e39ede39563406074c4358f633ba23b2e9232e043');
INSERT INTO "custody_log" VALUES(55,'01fc4868-0767-4f46-a97d-395238063bc6',21,'2026-12-06T22:45:08.734Z','DEMO-001','audit.finalized','{"content_sha256":"e5dd71a183804796384deb865caa9ed35ac7027663a25ca32d0edde72aa357ca"}','3644194f8640b8752835935e39ede39563406074c4358f633ba23b2e9232e043','e24ef5d20bea10895d4fa0f28ce40b13006773d43c0cdc0aef7762afaaa27d7c');
INSERT INTO "custody_log" VALUES(56,'558055fd-238e-49bf-af45-91e532c6adb8',1,'2026-12-06T22:45:08.736Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','3beea9b1dd18731e38e26ac0408bff1cb79763cd9a283776c575c3dcf719b5bd');
INSERT INTO "custody_log" VALUES(57,'558055fd-238e-49bf-af45-91e532c6adb8',2,'2026-12-06T22:45:08.745Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','3beea9b1dd18731e38e26ac0408bff1cb79763cd9a283776c575c3dcf719b5bd','31a4db8f8307577af9909506a20f2eaae283e95d075ebcc0caf7b16f2b694bde');
INSERT INTO "custody_log" VALUES(58,'558055fd-238e-49bf-af45-91e532c6adb8',3,'2026-12-06T22:45:08.746Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','31a4db8f8307577af9909506a20f2eaae283e95d075ebcc0caf7b16f2b694bde','4543ca1043bc71eaf9f2f2cd2d9eb4bff814f43f8721ce3887c738663dce62db');
INSERT INTO "custody_log" VALUES(59,'558055fd-238e-49bf-af45-91e532c6adb8',4,'2026-12-06T22:45:08.754Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','4543ca1043bc71eaf9f2f2cd2d9eb4bff814f43f8721ce3887c738663dce62db','d5e776a9203187199ba0e4fcedbc16347360557e8f55c7eb0fb74056652b7fbe');
INSERT INTO "custody_log" VALUES(60,'558055fd-238e-49bf-af45-91e532c6adb8',5,'2026-12-06T22:45:08.760Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','d5e776a9203187199ba0e4fcedbc16347360557e8f55c7eb0fb74056652b7fbe','2d4eef3554621aaf22a3201e92dd08a8223dc1b762134bc97153c0a26284bc5d');
INSERT INTO "custody_log" VALUES(61,'558055fd-238e-49bf-af45-91e532c6adb8',6,'2026-12-06T22:45:08.761Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','2d4eef3554621aaf22a3201e92dd08a8223dc1b762134bc97153c0a26284bc5d','146c2b92887b8fdb3582fe69b5c6982273fd47c4a0e4966b157553fcbe2a3296');
INSERT INTO "custody_log" VALUES(62,'558055fd-238e-49bf-af45-91e532c6adb8',7,'2026-12-06T22:45:08.761Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','146c2b92887b8fdb3582fe69b5c6982273fd47c4a0e4966b157553fcbe2a3296','46de2ae670792ff3182dcb4c0b3e5141b420d10fc1ccc11d3e3d436e0f6e3e53');
INSERT INTO "custody_log" VALUES(63,'558055fd-238e-49bf-af45-91e532c6adb8',8,'2026-12-06T22:45:08.771Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','46de2ae670792ff3182dcb4c0b3e5141b420d10fc1ccc11d3e3d436e0f6e3e53','98a1a4a6cdd45e78d3ec5d66b86aa3a8db7db41ec439c0d4c201f37904cc27db');
INSERT INTO "custody_log" VALUES(64,'558055fd-238e-49bf-af45-91e532c6adb8',9,'2026-12-06T22:45:08.781Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','98a1a4a6cdd45e78d3ec5d66b86aa3a8db7db41ec439c0d4c201f37904cc27db','68c1b6bdbbab075704f8f18a4dfb06c668ccf0ee96a302c4d47e9ced1210988f');
INSERT INTO "custody_log" VALUES(65,'558055fd-238e-49bf-af45-91e532c6adb8',10,'2026-12-06T22:45:08.782Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','68c1b6bdbbab075704f8f18a4dfb06c668ccf0ee96a302c4d47e9ced1210988f','e8f7470a7a2982299d609d53e6c3f96d8a61dd0e0c4908da6d6e51c58cd92ab4');
INSERT INTO "custody_log" VALUES(66,'558055fd-238e-49bf-af45-91e532c6adb8',11,'2026-12-06T22:45:08.783Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','e8f7470a7a2982299d609d53e6c3f96d8a61dd0e0c4908da6d6e51c58cd92ab4','efcece136928c0c0219a9f0ec5a523b4ada2b8697340adaa67b203ca1c30727d');
INSERT INTO "custody_log" VALUES(67,'558055fd-238e-49bf-af45-91e532c6adb8',12,'2026-12-06T22:45:08.784Z','DEMO-001','finding.raised','{"finding":"29cbf247-6edf-42cc-a928-4ba1c7d9039c","item":1,"rule":"rf_hito_vencido","severity":"media"}','efcece136928c0c0219a9f0ec5a523b4ada2b8697340adaa67b203ca1c30727d','f9b84f4b4f0f6f89ad358af12253b451d6f260ef9db0a8f8c10a88249e2a78a7');
INSERT INTO "custody_log" VALUES(68,'558055fd-238e-49bf-af45-91e532c6adb8',13,'2026-12-06T22:45:08.787Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','f9b84f4b4f0f6f89ad358af12253b451d6f260ef9db0a8f8c10a88249e2a78a7','33596f9d62d3ce1788b52e67ac2e7a79f148c3d6130ce2527a8268209578d512');
INSERT INTO "custody_log" VALUES(69,'558055fd-238e-49bf-af45-91e532c6adb8',14,'2026-12-06T22:45:08.788Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','33596f9d62d3ce1788b52e67ac2e7a79f148c3d6130ce2527a8268209578d512','03dbc01256bdb94355a607c1bc1c392ff988ac93846f59453fefe376b24eae6e');
INSERT INTO "custody_log" VALUES(70,'558055fd-238e-49bf-af45-91e532c6adb8',15,'2026-12-06T22:45:08.788Z','DEMO-001','finding.raised','{"finding":"248aed91-16c9-48cb-ae27-0eff469121b6","item":1,"rule":"rf_diferencia_avance","severity":"media"}','03dbc01256bdb94355a607c1bc1c392ff988ac93846f59453fefe376b24eae6e','5a6f3f1cf498d1bb496763ea4fcfae9981891a54317b37340b7e05092c391c86');
INSERT INTO "custody_log" VALUES(71,'558055fd-238e-49bf-af45-91e532c6adb8',16,'2026-12-06T22:45:08.789Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','5a6f3f1cf498d1bb496763ea4fcfae9981891a54317b37340b7e05092c391c86','0e43b4dd1b518a5251d837ad7ab4968e3578261565b49ee2d84399ed1bfcd586');
INSERT INTO "custody_log" VALUES(72,'558055fd-238e-49bf-af45-91e532c6adb8',17,'2026-12-06T22:45:08.790Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','0e43b4dd1b518a5251d837ad7ab4968e3578261565b49ee2d84399ed1bfcd586','b38b3ed4311ae79b4961579d754d42c9cff608667d522a437ed192ddf836ad11');
INSERT INTO "custody_log" VALUES(73,'558055fd-238e-49bf-af45-91e532c6adb8',18,'2026-12-06T22:45:08.791Z','DEMO-001','finding.raised','{"finding":"55c360c2-3d6f-4696-9068-0446e6e5e2ec","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','b38b3ed4311ae79b4961579d754d42c9cff608667d522a437ed192ddf836ad11','31772c0785ce9179fe65237d7e435f48929f19cfb34e6d2ff751307a5020f94d');
INSERT INTO "custody_log" VALUES(74,'e72569e7-5a63-485d-a001-bed619ad2a86',1,'2026-12-06T22:45:08.792Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','3295bd03c869c38491d7bafc4593529fdf377ee99a118d7dbe30c800172db4fc');
INSERT INTO "custody_log" VALUES(75,'e72569e7-5a63-485d-a001-bed619ad2a86',2,'2026-12-06T22:45:08.793Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','3295bd03c869c38491d7bafc4593529fdf377ee99a118d7dbe30c800172db4fc','c63284cbb9937c5f972649b309552f6f57b182eda642789de51ae08dc40781c7');
INSERT INTO "custody_log" VALUES(76,'e72569e7-5a63-485d-a001-bed619ad2a86',3,'2026-12-06T22:45:08.794Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','c63284cbb9937c5f972649b309552f6f57b182eda642789de51ae08dc40781c7','324bde7be767d9a416273d72d2de6fd509309f7f16112ddef1a2cf5854103d2d');
INSERT INTO "custody_log" VALUES(77,'e72569e7-5a63-485d-a001-bed619ad2a86',4,'2026-12-06T22:45:08.795Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','324bde7be767d9a416273d72d2de6fd509309f7f16112ddef1a2cf5854103d2d','86a64faf93ddb05f29bc74b223b94d36b13e97d766557978c8f7ca1d838e0b10');
INSERT INTO "custody_log" VALUES(78,'e72569e7-5a63-485d-a001-bed619ad2a86',5,'2026-12-06T22:45:08.796Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','86a64faf93ddb05f29bc74b223b94d36b13e97d766557978c8f7ca1d838e0b10','e8d1ad42d064fec50152125b69bd89ae019e8011ef26472336b868fad3cfcc69');
INSERT INTO "custody_log" VALUES(79,'e72569e7-5a63-485d-a001-bed619ad2a86',6,'2026-12-06T22:45:08.797Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','e8d1ad42d064fec50152125b69bd89ae019e8011ef26472336b868fad3cfcc69','bb142ad618493d237229b75c32d39dd37e04da2d11eb01bd06b985bc226a0078');
INSERT INTO "custody_log" VALUES(80,'e72569e7-5a63-485d-a001-bed619ad2a86',7,'2026-12-06T22:45:08.798Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','bb142ad618493d237229b75c32d39dd37e04da2d11eb01bd06b985bc226a0078','e94b655a550070edb4f76025481ffd62a99fb8e8becd0eb17a4501499d11b0a7');
INSERT INTO "custody_log" VALUES(81,'e72569e7-5a63-485d-a001-bed619ad2a86',8,'2026-12-06T22:45:08.799Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','e94b655a550070edb4f76025481ffd62a99fb8e8becd0eb17a4501499d11b0a7','564b89cb3ec826cbab1a7aaca8bca7b1d7098f13f75add57d6b068ffcec8d3aa');
INSERT INTO "custody_log" VALUES(82,'e72569e7-5a63-485d-a001-bed619ad2a86',9,'2026-12-06T22:45:08.800Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','564b89cb3ec826cbab1a7aaca8bca7b1d7098f13f75add57d6b068ffcec8d3aa','854d3751d09ba05033ce8fd68563b7f03cd5d8d6d04146d02c15c6eed2932909');
INSERT INTO "custody_log" VALUES(83,'e72569e7-5a63-485d-a001-bed619ad2a86',10,'2026-12-06T22:45:08.801Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','854d3751d09ba05033ce8fd68563b7f03cd5d8d6d04146d02c15c6eed2932909','6e5e728c98b2b062a0d3f0fe111878ce505aab002a095246a1b123fcda77b70f');
INSERT INTO "custody_log" VALUES(84,'e72569e7-5a63-485d-a001-bed619ad2a86',11,'2026-12-06T22:45:08.804Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','6e5e728c98b2b062a0d3f0fe111878ce505aab002a095246a1b123fcda77b70f','43615f4374b4064984f213fb593515ce2e6d523fdf2bde11f423a57e337bec16');
INSERT INTO "custody_log" VALUES(85,'e72569e7-5a63-485d-a001-bed619ad2a86',12,'2026-12-06T22:45:08.805Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','43615f4374b4064984f213fb593515ce2e6d523fdf2bde11f423a57e337bec16','04da5e5736f05308d813ab256cccdc414d25d398fea7afc0073598bc917eb426');
INSERT INTO "custody_log" VALUES(86,'e72569e7-5a63-485d-a001-bed619ad2a86',13,'2026-12-06T22:45:08.807Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','04da5e5736f05308d813ab256cccdc414d25d398fea7afc0073598bc917eb426','8e316fd86444154a6353ca455352e6c003de76ef9d757025654b12446ff76442');
INSERT INTO "custody_log" VALUES(87,'e72569e7-5a63-485d-a001-bed619ad2a86',14,'2026-12-06T22:45:08.815Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','8e316fd86444154a6353ca455352e6c003de76ef9d757025654b12446ff76442','afde77169340373163d15a01eba4da9c44e28e873d3d87edc8e4efe336a0629a');
INSERT INTO "custody_log" VALUES(88,'e72569e7-5a63-485d-a001-bed619ad2a86',15,'2026-12-06T22:45:08.819Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','afde77169340373163d15a01eba4da9c44e28e873d3d87edc8e4efe336a0629a','290407d926bfe94cc2b1f64976a041071ae9feea138e123486aa144863a09099');
INSERT INTO "custody_log" VALUES(89,'e72569e7-5a63-485d-a001-bed619ad2a86',16,'2026-12-06T22:45:08.822Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','290407d926bfe94cc2b1f64976a041071ae9feea138e123486aa144863a09099','8bac0bc4a8d44d521be0bdc05e2b3da1f7f4569da1de914ecc06f8eb55e06c03');
INSERT INTO "custody_log" VALUES(90,'e72569e7-5a63-485d-a001-bed619ad2a86',17,'2026-12-06T22:45:08.828Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','8bac0bc4a8d44d521be0bdc05e2b3da1f7f4569da1de914ecc06f8eb55e06c03','4f90a3e3259087ecd913ae622163683a70ddee10795d1bbb905754fa44c36e0c');
INSERT INTO "custody_log" VALUES(91,'e72569e7-5a63-485d-a001-bed619ad2a86',18,'2026-12-06T22:45:08.832Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','4f90a3e3259087ecd913ae622163683a70ddee10795d1bbb905754fa44c36e0c','a058e755320938131396b965518926a6f074871e665ff953a81468b735e8fdc5');
INSERT INTO "custody_log" VALUES(92,'e72569e7-5a63-485d-a001-bed619ad2a86',19,'2026-12-06T22:45:08.833Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','a058e755320938131396b965518926a6f074871e665ff953a81468b735e8fdc5','c97840dde83a0b66509ad78f32dee96b36a9167148e26c41a5b8dfaeb4fa6806');
INSERT INTO "custody_log" VALUES(93,'e72569e7-5a63-485d-a001-bed619ad2a86',20,'2026-12-06T22:45:08.835Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','c97840dde83a0b66509ad78f32dee96b36a9167148e26c41a5b8dfaeb4fa6806','ff7dc12b3f470e69eebe670de0ecbfb5a565d96228d94671860d380812bba3f4');
INSERT INTO "custody_log" VALUES(94,'e72569e7-5a63-485d-a001-bed619ad2a86',21,'2026-12-06T22:45:09.110Z','DEMO-001','evidence.added','{"evidence":"f0c26d22-8e4f-4b81-8c81-d909e1048272","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260903_00.jpg","question":"letrero_obra","sha256":"f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04","size":52511}','ff7dc12b3f470e69eebe670de0ecbfb5a565d96228d94671860d380812bba3f4','b2f49f2fb93afd7beb090a30f6712ac966de0117f1879faf71e8817fc2127c34');
INSERT INTO "custody_log" VALUES(95,'e72569e7-5a63-485d-a001-bed619ad2a86',22,'2026-12-06T22:45:09.359Z','DEMO-001','evidence.added','{"evidence":"e94413ef-dc69-48a2-92da-bae444e95294","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260904_01.jpg","question":"obra_en_uso","sha256":"5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d","size":44335}','b2f49f2fb93afd7beb090a30f6712ac966de0117f1879faf71e8817fc2127c34','21d72d17a0445f171f2cf032bbb9b4ee3f9ce36c670e97845bd1d6520b7ab8c8');
INSERT INTO "custody_log" VALUES(96,'e72569e7-5a63-485d-a001-bed619ad2a86',23,'2026-12-06T22:45:09.634Z','DEMO-001','evidence.added','{"evidence":"5d06d2e6-e209-4a59-ba69-bdd4c8db108a","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260905_02.jpg","question":"fotografias_generales","sha256":"ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76","size":45897}','21d72d17a0445f171f2cf032bbb9b4ee3f9ce36c670e97845bd1d6520b7ab8c8','aab50e4c90755619aa78c69f7f9bca4b2e6e8abc498fa8a1c8f1f3fa7b8e9fba');
INSERT INTO "custody_log" VALUES(97,'e72569e7-5a63-485d-a001-bed619ad2a86',24,'2026-12-06T22:45:09.679Z','DEMO-001','audit.finalized','{"content_sha256":"753523e1a37b2bc850abccfae81f9e508f865b1912ee1b659289972e72810f50"}','aab50e4c90755619aa78c69f7f9bca4b2e6e8abc498fa8a1c8f1f3fa7b8e9fba','48cb3bc3b923f9ece5c948b502c21f983891aa5eaafcda383d72e308d8928a97');
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
INSERT INTO "evidence" VALUES('f0c26d22-8e4f-4b81-8c81-d909e1048272','e72569e7-5a63-485d-a001-bed619ad2a86','f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04',52511,'image/jpeg','IMG_20260903_00.jpg','Letrero de obra con monto, contratista y fuente de los recursos','2026-09-03T09:14:02','2026-12-06T22:45:09.110Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('e94413ef-dc69-48a2-92da-bae444e95294','e72569e7-5a63-485d-a001-bed619ad2a86','5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d',44335,'image/jpeg','IMG_20260904_01.jpg','Techumbre terminada; la cancha está en uso durante el recreo','2026-09-03T09:31:47','2026-12-06T22:45:09.359Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('5d06d2e6-e209-4a59-ba69-bdd4c8db108a','e72569e7-5a63-485d-a001-bed619ad2a86','ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76',45897,'image/jpeg','IMG_20260905_02.jpg','Vista general desde el acceso norte','2026-09-03T09:40:10','2026-12-06T22:45:09.633Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1600,"kind":"image","orientation":6,"thumbnail":true,"type_label":"Fotografía JPEG","width":1200}',NULL);
CREATE TABLE evidence_links (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    finding_id TEXT REFERENCES findings(id),
    CHECK ((question_id IS NULL) <> (finding_id IS NULL))
);
INSERT INTO "evidence_links" VALUES('f0c26d22-8e4f-4b81-8c81-d909e1048272','letrero_obra',-1,NULL);
INSERT INTO "evidence_links" VALUES('e94413ef-dc69-48a2-92da-bae444e95294','obra_en_uso',-1,NULL);
INSERT INTO "evidence_links" VALUES('5d06d2e6-e209-4a59-ba69-bdd4c8db108a','fotografias_generales',-1,NULL);
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
INSERT INTO "findings" VALUES('4c052aa3-53bf-4f1c-b5e3-686879be9579','1feb84b6-2599-4ce8-a99a-913ada16b6c7','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-12-06T22:45:08.572Z','2026-12-06T22:45:08.572Z');
INSERT INTO "findings" VALUES('990cf019-cbc5-4354-a425-5d330880c62b','1feb84b6-2599-4ce8-a99a-913ada16b6c7','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-12-06T22:45:08.584Z','2026-12-06T22:45:08.584Z');
INSERT INTO "findings" VALUES('3671a2d4-f8bb-4721-9d63-2ff49bfc7ec6','25dc644d-78ab-49c9-9f00-9f021f67d1e2','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-12-06T22:45:08.595Z','2026-12-06T22:45:08.595Z');
INSERT INTO "findings" VALUES('fe6e97f8-1c17-471f-9f41-d76174d94098','25dc644d-78ab-49c9-9f00-9f021f67d1e2','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-12-06T22:45:08.605Z','2026-12-06T22:45:08.605Z');
INSERT INTO "findings" VALUES('1394385f-9df8-49ed-b9a4-d395e88a9eb5','f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-12-06T22:45:08.658Z','2026-12-06T22:45:08.658Z');
INSERT INTO "findings" VALUES('f8907518-766d-4009-b489-b1ee705b7a29','f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-12-06T22:45:08.674Z','2026-12-06T22:45:08.674Z');
INSERT INTO "findings" VALUES('4f88ca48-2ea1-435b-88be-d15f9aa6a98f','01fc4868-0767-4f46-a97d-395238063bc6','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-12-06T22:45:08.711Z','2026-12-06T22:45:08.711Z');
INSERT INTO "findings" VALUES('29cbf247-6edf-42cc-a928-4ba1c7d9039c','558055fd-238e-49bf-af45-91e532c6adb8','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-12-06T22:45:08.784Z','2026-12-06T22:45:08.784Z');
INSERT INTO "findings" VALUES('248aed91-16c9-48cb-ae27-0eff469121b6','558055fd-238e-49bf-af45-91e532c6adb8','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-12-06T22:45:08.788Z','2026-12-06T22:45:08.788Z');
INSERT INTO "findings" VALUES('55c360c2-3d6f-4696-9068-0446e6e5e2ec','558055fd-238e-49bf-af45-91e532c6adb8','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-12-06T22:45:08.790Z','2026-12-06T22:45:08.790Z');
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
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-12-06T22:45:08.300Z','2026-12-06T22:45:08.300Z');
CREATE TABLE outbox (
    submission_id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id),
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, audit_version INTEGER, manifest TEXT, audit_json BLOB, report_path TEXT, bytes_total INTEGER NOT NULL DEFAULT 0, error_code TEXT, first_sent_at TEXT, exported_at TEXT, delivered_at TEXT, review_state TEXT, review_comment TEXT, review_at TEXT, review_comments TEXT NOT NULL DEFAULT '[]');
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
INSERT INTO "participation_sessions" VALUES('65441b02-29d9-4f9e-9de4-0755fab170f3','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','1feb84b6-2599-4ce8-a99a-913ada16b6c7','Presidencia Municipal','','2026-12-06T22:45:09.703Z');
INSERT INTO "participation_sessions" VALUES('c98c7711-d0d4-4acf-8d2b-6a1dfcaac779','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','1feb84b6-2599-4ce8-a99a-913ada16b6c7','Presidencia Municipal','','2026-12-06T22:45:09.705Z');
INSERT INTO "participation_sessions" VALUES('e2e81bf4-bb91-49ca-aae9-569f5d9b6bfa','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','f0dfaefc-6f4e-4fa0-bceb-aa674fd69b6e','Col. Riberas de Sacramento','','2026-12-06T22:45:09.708Z');
INSERT INTO "participation_sessions" VALUES('3e9bbef9-9e84-4e93-89ad-dfe2478e81d6','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','e72569e7-5a63-485d-a001-bed619ad2a86','El Sauz','','2026-12-06T22:45:09.708Z');
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
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-12-06T22:45:08.269363+00:00');
INSERT INTO "schema_migrations" VALUES(2,'sync outbox: manifest, audit blob, errors, reviews','2026-12-06T22:45:08.274299+00:00');
INSERT INTO "schema_migrations" VALUES(3,'settings table for databases of the first release','2026-12-06T22:45:08.279952+00:00');
INSERT INTO "schema_migrations" VALUES(4,'the OIC''s per-question comments of a review','2026-12-06T22:45:08.281940+00:00');
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
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
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('custody_log',97);
COMMIT;

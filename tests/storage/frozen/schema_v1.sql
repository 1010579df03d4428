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
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-11-26T16:42:10.516Z','2026-11-26T16:42:10.516Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-11-26T16:42:10.521Z','2026-11-26T16:42:10.521Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','entregable_verificable',0,'"si"',NULL,'2026-11-26T16:42:10.517Z','2026-11-26T16:42:10.517Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','entregable_verificable',1,'"si"',NULL,'2026-11-26T16:42:10.522Z','2026-11-26T16:42:10.522Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','estatus',0,'"completo"',NULL,'2026-11-26T16:42:10.517Z','2026-11-26T16:42:10.517Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','estatus',1,'"limitado"',NULL,'2026-11-26T16:42:10.523Z','2026-11-26T16:42:10.523Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','grupo_coordinador_participo',-1,'"si"',NULL,'2026-11-26T16:42:10.526Z','2026-11-26T16:42:10.526Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','informe_avance_publicado',-1,'"no"',NULL,'2026-11-26T16:42:10.527Z','2026-11-26T16:42:10.527Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','porcentaje_reportado',0,'100',NULL,'2026-11-26T16:42:10.518Z','2026-11-26T16:42:10.518Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','porcentaje_reportado',1,'80',NULL,'2026-11-26T16:42:10.524Z','2026-11-26T16:42:10.524Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','porcentaje_verificado',0,'100',NULL,'2026-11-26T16:42:10.519Z','2026-11-26T16:42:10.519Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','porcentaje_verificado',1,'40',NULL,'2026-11-26T16:42:10.525Z','2026-11-26T16:42:10.525Z');
INSERT INTO "answers" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-11-26T16:42:10.520Z','2026-11-26T16:42:10.520Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','avance_financiero_pagado',-1,'68',NULL,'2026-11-26T16:42:10.437Z','2026-11-26T16:42:10.437Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-11-26T16:42:10.436Z','2026-11-26T16:42:10.436Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','avance_fisico_reportado',-1,'70',NULL,'2026-11-26T16:42:10.436Z','2026-11-26T16:42:10.436Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','bitacora_al_dia',-1,'"si"',NULL,'2026-11-26T16:42:10.434Z','2026-11-26T16:42:10.434Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','estado_programa',-1,'"atrasada"',NULL,'2026-11-26T16:42:10.438Z','2026-11-26T16:42:10.438Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','expediente_disponible',-1,'"si"',NULL,'2026-11-26T16:42:10.432Z','2026-11-26T16:42:10.432Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-11-26T16:42:10.435Z','2026-11-26T16:42:10.435Z');
INSERT INTO "answers" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-11-26T16:42:10.433Z','2026-11-26T16:42:10.433Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','acta_entrega_recepcion',-1,'"si"',NULL,'2026-11-26T16:42:10.543Z','2026-11-26T16:42:10.543Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','anticipo_amortizado',-1,'"si"',NULL,'2026-11-26T16:42:10.540Z','2026-11-26T16:42:10.540Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','avance_financiero_pagado',-1,'100',NULL,'2026-11-26T16:42:10.535Z','2026-11-26T16:42:10.535Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','avance_fisico_observado',-1,'100',NULL,'2026-11-26T16:42:10.533Z','2026-11-26T16:42:10.533Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','avance_fisico_reportado',-1,'100',NULL,'2026-11-26T16:42:10.534Z','2026-11-26T16:42:10.534Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','bitacora_al_dia',-1,'"si"',NULL,'2026-11-26T16:42:10.531Z','2026-11-26T16:42:10.531Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','cantidades_coinciden',-1,'"si"',NULL,'2026-11-26T16:42:10.536Z','2026-11-26T16:42:10.536Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','comite_contraloria_social',-1,'"si"',NULL,'2026-11-26T16:42:10.541Z','2026-11-26T16:42:10.541Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','convenios_modificatorios',-1,'"no"',NULL,'2026-11-26T16:42:10.540Z','2026-11-26T16:42:10.540Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','defectos_visibles',-1,'"ninguno"',NULL,'2026-11-26T16:42:10.538Z','2026-11-26T16:42:10.538Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','estado_programa',-1,'"terminada"',NULL,'2026-11-26T16:42:10.536Z','2026-11-26T16:42:10.536Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','expediente_disponible',-1,'"si"',NULL,'2026-11-26T16:42:10.529Z','2026-11-26T16:42:10.529Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-11-26T16:42:10.532Z','2026-11-26T16:42:10.532Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','letrero_obra',-1,'"si"',NULL,'2026-11-26T16:42:10.530Z','2026-11-26T16:42:10.530Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','materiales_conformes',-1,'"si"',NULL,'2026-11-26T16:42:10.537Z','2026-11-26T16:42:10.537Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','obra_en_uso',-1,'"si"',NULL,'2026-11-26T16:42:10.544Z','2026-11-26T16:42:10.544Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-11-26T16:42:10.545Z','2026-11-26T16:42:10.545Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','pruebas_laboratorio',-1,'"si"',NULL,'2026-11-26T16:42:10.539Z','2026-11-26T16:42:10.539Z');
INSERT INTO "answers" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','quejas_vecinos',-1,'"no"',NULL,'2026-11-26T16:42:10.542Z','2026-11-26T16:42:10.542Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','avance_obra_publicado',-1,'"si"',NULL,'2026-11-26T16:42:10.487Z','2026-11-26T16:42:10.487Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','contrato_en_sipot',-1,'"si"',NULL,'2026-11-26T16:42:10.477Z','2026-11-26T16:42:10.477Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','enlace_convocatoria',-1,'"si"',NULL,'2026-11-26T16:42:10.480Z','2026-11-26T16:42:10.480Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','enlace_dictamen',-1,'"no"',NULL,'2026-11-26T16:42:10.482Z','2026-11-26T16:42:10.482Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','enlace_fallo',-1,'"si"',NULL,'2026-11-26T16:42:10.481Z','2026-11-26T16:42:10.481Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-11-26T16:42:10.480Z','2026-11-26T16:42:10.480Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','finiquito_publicado',-1,'"na"',NULL,'2026-11-26T16:42:10.489Z','2026-11-26T16:42:10.489Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','formato_datos',-1,'"abierto"',NULL,'2026-11-26T16:42:10.492Z','2026-11-26T16:42:10.492Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','lista_asistentes_publicada',-1,'"si"',NULL,'2026-11-26T16:42:10.483Z','2026-11-26T16:42:10.483Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','listado_obras_publicado',-1,'"si"',NULL,'2026-11-26T16:42:10.492Z','2026-11-26T16:42:10.492Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-11-26T16:42:10.490Z','2026-11-26T16:42:10.490Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-11-26T16:42:10.484Z','2026-11-26T16:42:10.484Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-11-26T16:42:10.493Z','2026-11-26T16:42:10.493Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','padron_proveedores_publicado',-1,'"si"',NULL,'2026-11-26T16:42:10.491Z','2026-11-26T16:42:10.491Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','partida_origen_publicados',-1,'"si"',NULL,'2026-11-26T16:42:10.486Z','2026-11-26T16:42:10.486Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','recepcion_obra_publicada',-1,'"na"',NULL,'2026-11-26T16:42:10.488Z','2026-11-26T16:42:10.488Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-11-26T16:42:10.479Z','2026-11-26T16:42:10.479Z');
INSERT INTO "answers" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','version_publica_contrato',-1,'"si"',NULL,'2026-11-26T16:42:10.485Z','2026-11-26T16:42:10.485Z');
INSERT INTO "answers" VALUES('dc3fa5a0-7d69-45ce-8995-296081f9ffd5','dictamen_comite',-1,'"si"',NULL,'2026-11-26T16:42:10.390Z','2026-11-26T16:42:10.390Z');
INSERT INTO "answers" VALUES('dc3fa5a0-7d69-45ce-8995-296081f9ffd5','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-11-26T16:42:10.387Z','2026-11-26T16:42:10.387Z');
INSERT INTO "answers" VALUES('dc3fa5a0-7d69-45ce-8995-296081f9ffd5','especificaciones_dirigidas',-1,'"si"',NULL,'2026-11-26T16:42:10.386Z','2026-11-26T16:42:10.386Z');
INSERT INTO "answers" VALUES('dc3fa5a0-7d69-45ce-8995-296081f9ffd5','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-26T16:42:10.388Z','2026-11-26T16:42:10.388Z');
INSERT INTO "answers" VALUES('dc3fa5a0-7d69-45ce-8995-296081f9ffd5','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-11-26T16:42:10.389Z','2026-11-26T16:42:10.389Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','acta_junta_publicada',-1,'"si"',NULL,'2026-11-26T16:42:10.378Z','2026-11-26T16:42:10.378Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','apertura_publica',-1,'"si"',NULL,'2026-11-26T16:42:10.382Z','2026-11-26T16:42:10.382Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','asistentes_junta',-1,'3',NULL,'2026-11-26T16:42:10.380Z','2026-11-26T16:42:10.380Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-11-26T16:42:10.381Z','2026-11-26T16:42:10.381Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','convocatoria_publicada',-1,'"si"',NULL,'2026-11-26T16:42:10.373Z','2026-11-26T16:42:10.373Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','especificaciones_dirigidas',-1,'"no"',NULL,'2026-11-26T16:42:10.377Z','2026-11-26T16:42:10.377Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-11-26T16:42:10.376Z','2026-11-26T16:42:10.376Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-11-26T16:42:10.375Z','2026-11-26T16:42:10.375Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','indicios_colusion',-1,'"no"',NULL,'2026-11-26T16:42:10.384Z','2026-11-26T16:42:10.384Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-11-26T16:42:10.377Z','2026-11-26T16:42:10.377Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-11-26T16:42:10.381Z','2026-11-26T16:42:10.381Z');
INSERT INTO "answers" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','propuesta_extemporanea',-1,'"no"',NULL,'2026-11-26T16:42:10.383Z','2026-11-26T16:42:10.383Z');
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
INSERT INTO "audits" VALUES('ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d procedimiento_contratacion observacion de procedimiento de contratacion lp-mch-adq-014-2026 — adquisicion de uniformes para la secretaria de seguridad publica lp-mch-adq-014-2026 direccion de recursos materiales adquisicion de uniformes para la secretaria de seguridad publica licitacion publica nacional municipal 4850000 presentacion y apertura de proposiciones 2026-10-14 sala de juntas del comite de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','{}','2026-11-26T16:42:10.320Z','2026-11-26T16:42:10.384Z',NULL,NULL,'6526aa62760c9e3ec9fc0d15e132688156cb1863c9e29c119d4ba5ae53f17499',15);
INSERT INTO "audits" VALUES('dc3fa5a0-7d69-45ce-8995-296081f9ffd5','procedimiento_contratacion',1,'a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','dc3fa5a0-7d69-45ce-8995-296081f9ffd5 procedimiento_contratacion observacion de procedimiento de contratacion ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 direccion de alumbrado publico mantenimiento correctivo de luminarias en el sector poniente adjudicacion directa nacional estatal 1280000 lectura o notificacion del fallo 2026-11-05 oficinas de la direccion de alumbrado publico no','2026-11-05','DEMO-001','{}','2026-11-26T16:42:10.385Z','2026-11-26T16:42:10.390Z',NULL,NULL,'4239fc5860e2834ea81b03e0fe9654d76b6914f60c49751ab5ae95480de5b3e0',8);
INSERT INTO "audits" VALUES('459062a4-6b49-463a-9142-40dd4062d8e9','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','459062a4-6b49-463a-9142-40dd4062d8e9 visita_obra_publica visita de verificacion de obra publica op-mch-fism-007-2026 — pavimentacion con concreto hidraulico de la calle libertad op-mch-fism-007-2026 pavimentacion con concreto hidraulico de la calle libertad calle libertad entre av. tecnologico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chavez dominguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','{}','2026-11-26T16:42:10.391Z','2026-11-26T16:42:10.438Z',NULL,NULL,'bd1631af0ec46f2dded3e09c4586a15fe6632f692736c1d9373940448536a0e4',11);
INSERT INTO "audits" VALUES('db0b72ec-7926-4919-b4e1-a22dba165891','transparencia_contratacion',1,'605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','db0b72ec-7926-4919-b4e1-a22dba165891 transparencia_contratacion revision de transparencia de la contratacion lp-mch-op-009-2026 — rehabilitacion del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 direccion de obras publicas rehabilitacion del parque los nogales obra publica licitacion publica urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-11-26T16:42:10.439Z','2026-11-26T16:42:10.494Z','2026-11-26T16:42:10.494Z','d076f547e500038a1773c4ae6fd61bc36a909802a261fea2d4302972ba81996a','fce9488c085ddb264f875b3e551d64e86f621c48e10d47d823a4159d90fa5e8f',21);
INSERT INTO "audits" VALUES('3640eebb-820e-46dc-a9a8-352c427c3e69','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','3640eebb-820e-46dc-a9a8-352c427c3e69 seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rapida de empresas 2 apertura rapida de empresas primer plan de accion local de gobierno abierto de chihuahua direccion de desarrollo economico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba mas de 30 dias habiles. acceso a la informacion rendicion de cuentas','2025-03-01','DEMO-001','{}','2026-11-26T16:42:10.495Z','2026-11-26T16:42:10.527Z',NULL,NULL,'7f75f2de45e2b0c110a6bf88f34b731f25355c8bac54d5f5a0104788fd0bf5a4',18);
INSERT INTO "audits" VALUES('8f4a7796-6600-4b13-b398-b4c9116b4cbb','visita_obra_publica',1,'5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','8f4a7796-6600-4b13-b398-b4c9116b4cbb visita_obra_publica visita de verificacion de obra publica op-mch-rp-021-2026 — construccion de techumbre en cancha de usos multiples op-mch-rp-021-2026 construccion de techumbre en cancha de usos multiples escuela primaria benito juarez, localidad el sauz estructuras metalicas cuauhtemoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-11-26T16:42:10.528Z','2026-11-26T16:42:10.546Z','2026-11-26T16:42:10.546Z','61e79fb4f3267e084df3c266245f37e774d41d8282c20bed0a1507d6b98e8ace','61fecc4edf5bf06de9250f5624c638cf3f40bd7120d8a9eecf438ba510583e96',21);
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
','2026-11-26T16:42:10.320Z');
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
','2026-11-26T16:42:10.391Z');
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
','2026-11-26T16:42:10.439Z');
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
','2026-11-26T16:42:10.495Z');
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
INSERT INTO "custody_log" VALUES(1,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',1,'2026-11-26T16:42:10.320Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','a6a08799481d2a0eea29971a2a4357eda272f72bccafc1b4c14ddad77e5cf001');
INSERT INTO "custody_log" VALUES(2,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',2,'2026-11-26T16:42:10.374Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','a6a08799481d2a0eea29971a2a4357eda272f72bccafc1b4c14ddad77e5cf001','abc0f1fad4e13621e39106e4c9730cbb0cca7f90373b6d140ace67b7a1ce415b');
INSERT INTO "custody_log" VALUES(3,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',3,'2026-11-26T16:42:10.375Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','abc0f1fad4e13621e39106e4c9730cbb0cca7f90373b6d140ace67b7a1ce415b','f82c99e2871ca2d40e329da47ca7af08def5c8698006d649ed2cf73dc69620fb');
INSERT INTO "custody_log" VALUES(4,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',4,'2026-11-26T16:42:10.376Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','f82c99e2871ca2d40e329da47ca7af08def5c8698006d649ed2cf73dc69620fb','f1a1e866fe0452958f2d55229cfcce0c88a36326f1460f7fa0dd0108eaee5dc9');
INSERT INTO "custody_log" VALUES(5,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',5,'2026-11-26T16:42:10.376Z','DEMO-001','finding.raised','{"finding":"f9ce5f8b-61d1-4f22-bf60-3d12cdb69642","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','f1a1e866fe0452958f2d55229cfcce0c88a36326f1460f7fa0dd0108eaee5dc9','f2495f79dcdfdc87c57770b4436964b35e19922b7106815403982da8d6740ead');
INSERT INTO "custody_log" VALUES(6,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',6,'2026-11-26T16:42:10.377Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','f2495f79dcdfdc87c57770b4436964b35e19922b7106815403982da8d6740ead','0f8cbfe280f43417acb4a0151c4be6bfc3d7b984077c0586dedd0ea68a2faa57');
INSERT INTO "custody_log" VALUES(7,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',7,'2026-11-26T16:42:10.378Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','0f8cbfe280f43417acb4a0151c4be6bfc3d7b984077c0586dedd0ea68a2faa57','ebdad75e9c59e0e6010877304d4671c428a2f878349b9f9abe96249d2623eec2');
INSERT INTO "custody_log" VALUES(8,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',8,'2026-11-26T16:42:10.378Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','ebdad75e9c59e0e6010877304d4671c428a2f878349b9f9abe96249d2623eec2','f6f9db527a084a287b55167f11dc54ef0695c7ee9e32ced045f317367dd74cbd');
INSERT INTO "custody_log" VALUES(9,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',9,'2026-11-26T16:42:10.380Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','f6f9db527a084a287b55167f11dc54ef0695c7ee9e32ced045f317367dd74cbd','6044781136ddf9b23b85fccddf92b6ca4bd3f17ee5442e45521868ed46bb3a66');
INSERT INTO "custody_log" VALUES(10,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',10,'2026-11-26T16:42:10.381Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','6044781136ddf9b23b85fccddf92b6ca4bd3f17ee5442e45521868ed46bb3a66','7150d6442ab419fca340c2c27d49bbfe2bc9cf6042ccb43335f44e8e8eb4d64e');
INSERT INTO "custody_log" VALUES(11,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',11,'2026-11-26T16:42:10.381Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','7150d6442ab419fca340c2c27d49bbfe2bc9cf6042ccb43335f44e8e8eb4d64e','cd3b52a64e8a32fe8fb739a9532da5edd856fb29bdc2066aa577482832287979');
INSERT INTO "custody_log" VALUES(12,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',12,'2026-11-26T16:42:10.382Z','DEMO-001','finding.raised','{"finding":"a1dc3f06-885c-4c67-9616-a10bd1b97c63","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','cd3b52a64e8a32fe8fb739a9532da5edd856fb29bdc2066aa577482832287979','4eecbb7985fb15a4cee3863148c67553b5bde17e178fc666dd18f2a9151ff8e6');
INSERT INTO "custody_log" VALUES(13,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',13,'2026-11-26T16:42:10.382Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','4eecbb7985fb15a4cee3863148c67553b5bde17e178fc666dd18f2a9151ff8e6','462ff1d8c32c9b8f3a7aec041439fb3af6f941197912207163337c59eb08f0f3');
INSERT INTO "custody_log" VALUES(14,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',14,'2026-11-26T16:42:10.383Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','462ff1d8c32c9b8f3a7aec041439fb3af6f941197912207163337c59eb08f0f3','4e6fcd00b6a7829ed63638ee1be8af585f00b65762f37a0482d0a2f89b1e4b92');
INSERT INTO "custody_log" VALUES(15,'ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d',15,'2026-11-26T16:42:10.384Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','4e6fcd00b6a7829ed63638ee1be8af585f00b65762f37a0482d0a2f89b1e4b92','6526aa62760c9e3ec9fc0d15e132688156cb1863c9e29c119d4ba5ae53f17499');
INSERT INTO "custody_log" VALUES(16,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',1,'2026-11-26T16:42:10.385Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"a47c8a12a23080a80457d867b2bcc204a0fb861a85916ff94d8f7aa9a1ad15f9","form_version":1,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','1d4c9446a0f2ad0f23e45acb3c48b0b46d00f6690d37cff643c81171002640d1');
INSERT INTO "custody_log" VALUES(17,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',2,'2026-11-26T16:42:10.386Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','1d4c9446a0f2ad0f23e45acb3c48b0b46d00f6690d37cff643c81171002640d1','cfbdb4e52aa16e0a7b6269651ab80139c0f591c4b527fbd2be5fad53aa286ae2');
INSERT INTO "custody_log" VALUES(18,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',3,'2026-11-26T16:42:10.386Z','DEMO-001','finding.raised','{"finding":"6b71dde2-1ea8-4bf3-aeec-545b39a5590d","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','cfbdb4e52aa16e0a7b6269651ab80139c0f591c4b527fbd2be5fad53aa286ae2','ef57293b8e7a82bea87925f47ae19c3ccfb41b5b0325230fc4ca260a7c80cd4a');
INSERT INTO "custody_log" VALUES(19,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',4,'2026-11-26T16:42:10.387Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','ef57293b8e7a82bea87925f47ae19c3ccfb41b5b0325230fc4ca260a7c80cd4a','798418c680f84f4d34483025b9fa531c862d4cf8e3d5829294929db9a1a77777');
INSERT INTO "custody_log" VALUES(20,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',5,'2026-11-26T16:42:10.388Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','798418c680f84f4d34483025b9fa531c862d4cf8e3d5829294929db9a1a77777','81d5a5df6af4876d2fe63eda15e58bcd9851ef2cdc2e5b1d436109a14ef3aedf');
INSERT INTO "custody_log" VALUES(21,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',6,'2026-11-26T16:42:10.389Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','81d5a5df6af4876d2fe63eda15e58bcd9851ef2cdc2e5b1d436109a14ef3aedf','a4ae328d0118a0e5f9ea83201b5aa647f04a54c9c4a8c2b43add16c7bbd1326a');
INSERT INTO "custody_log" VALUES(22,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',7,'2026-11-26T16:42:10.390Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','a4ae328d0118a0e5f9ea83201b5aa647f04a54c9c4a8c2b43add16c7bbd1326a','7c5ae0af86e534b8031ce667e4d47ecae002112ff87c7bafff419e29c8aadc09');
INSERT INTO "custody_log" VALUES(23,'dc3fa5a0-7d69-45ce-8995-296081f9ffd5',8,'2026-11-26T16:42:10.390Z','DEMO-001','finding.added','{"finding":"f2e82a08-01e5-4a45-a270-88d3b68abfed","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','7c5ae0af86e534b8031ce667e4d47ecae002112ff87c7bafff419e29c8aadc09','4239fc5860e2834ea81b03e0fe9654d76b6914f60c49751ab5ae95480de5b3e0');
INSERT INTO "custody_log" VALUES(24,'459062a4-6b49-463a-9142-40dd4062d8e9',1,'2026-11-26T16:42:10.391Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','527271ce60a075eaf40436b297732c26bb29c86de6d9c1f6d0b92e8c27102b12');
INSERT INTO "custody_log" VALUES(25,'459062a4-6b49-463a-9142-40dd4062d8e9',2,'2026-11-26T16:42:10.432Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','527271ce60a075eaf40436b297732c26bb29c86de6d9c1f6d0b92e8c27102b12','c9252658a5e614c7dc6c3ab9fcaf55176886d90b5c6a8220e8e3cf76454c0c20');
INSERT INTO "custody_log" VALUES(26,'459062a4-6b49-463a-9142-40dd4062d8e9',3,'2026-11-26T16:42:10.433Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','c9252658a5e614c7dc6c3ab9fcaf55176886d90b5c6a8220e8e3cf76454c0c20','d1a7b7abcc4c64f54d67feaf4cf994fdb8ca2f52660932b782a58dfb99f4724d');
INSERT INTO "custody_log" VALUES(27,'459062a4-6b49-463a-9142-40dd4062d8e9',4,'2026-11-26T16:42:10.434Z','DEMO-001','finding.raised','{"finding":"4ca5f770-edb0-4dbe-874d-6f9204d70d37","item":null,"rule":"rf_sin_letrero","severity":"media"}','d1a7b7abcc4c64f54d67feaf4cf994fdb8ca2f52660932b782a58dfb99f4724d','0899a0c9c25cc9d94ee797a0249f53a5c9806b46b95facf7896f9c172dc1a378');
INSERT INTO "custody_log" VALUES(28,'459062a4-6b49-463a-9142-40dd4062d8e9',5,'2026-11-26T16:42:10.434Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','0899a0c9c25cc9d94ee797a0249f53a5c9806b46b95facf7896f9c172dc1a378','ba4ff4f228b4f0682b777ed181b8c365f2b1f852ed659b6d0ab14ace7add7926');
INSERT INTO "custody_log" VALUES(29,'459062a4-6b49-463a-9142-40dd4062d8e9',6,'2026-11-26T16:42:10.435Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','ba4ff4f228b4f0682b777ed181b8c365f2b1f852ed659b6d0ab14ace7add7926','63e583ad93bfed9d72464ebdb2c98fa1d8d068a7c03b01340bb8dd960014f20d');
INSERT INTO "custody_log" VALUES(30,'459062a4-6b49-463a-9142-40dd4062d8e9',7,'2026-11-26T16:42:10.436Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','63e583ad93bfed9d72464ebdb2c98fa1d8d068a7c03b01340bb8dd960014f20d','b71bd49c40c06a272fdef54341fbf8c622bb41841c15a4d1f584aba5fd4670ee');
INSERT INTO "custody_log" VALUES(31,'459062a4-6b49-463a-9142-40dd4062d8e9',8,'2026-11-26T16:42:10.436Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','b71bd49c40c06a272fdef54341fbf8c622bb41841c15a4d1f584aba5fd4670ee','841aae44de3173a6e0705122e8b06f5712b15e5cbac85c45cd867bbe1263272d');
INSERT INTO "custody_log" VALUES(32,'459062a4-6b49-463a-9142-40dd4062d8e9',9,'2026-11-26T16:42:10.437Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','841aae44de3173a6e0705122e8b06f5712b15e5cbac85c45cd867bbe1263272d','de125794344543ffb5d0eb065963b8ada4ffc39d45d9cfbb97304fec4edd9104');
INSERT INTO "custody_log" VALUES(33,'459062a4-6b49-463a-9142-40dd4062d8e9',10,'2026-11-26T16:42:10.438Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','de125794344543ffb5d0eb065963b8ada4ffc39d45d9cfbb97304fec4edd9104','9515f4053ddb3964e8fd9f6df05a8f2d6f7bd2b55f2a2f2dae5415de62eb51a6');
INSERT INTO "custody_log" VALUES(34,'459062a4-6b49-463a-9142-40dd4062d8e9',11,'2026-11-26T16:42:10.438Z','DEMO-001','finding.raised','{"finding":"1722919b-b5fb-4994-a664-b1afd87e8c82","item":null,"rule":"rf_obra_atrasada","severity":"media"}','9515f4053ddb3964e8fd9f6df05a8f2d6f7bd2b55f2a2f2dae5415de62eb51a6','bd1631af0ec46f2dded3e09c4586a15fe6632f692736c1d9373940448536a0e4');
INSERT INTO "custody_log" VALUES(35,'db0b72ec-7926-4919-b4e1-a22dba165891',1,'2026-11-26T16:42:10.439Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"605fd23883e2b0c6d3ddaa61264c1d6cfd203f3088251c17e332c50d20c029dc","form_version":1,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','ee51688028f338c3f78894c5b371afbb51407e581d9e44e9d525b4df135ab6dc');
INSERT INTO "custody_log" VALUES(36,'db0b72ec-7926-4919-b4e1-a22dba165891',2,'2026-11-26T16:42:10.478Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','ee51688028f338c3f78894c5b371afbb51407e581d9e44e9d525b4df135ab6dc','c5c35546f45ea4f284b39bb6eb6c6234a1dbf987bec13aa1cc1f3c0623b1c744');
INSERT INTO "custody_log" VALUES(37,'db0b72ec-7926-4919-b4e1-a22dba165891',3,'2026-11-26T16:42:10.479Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','c5c35546f45ea4f284b39bb6eb6c6234a1dbf987bec13aa1cc1f3c0623b1c744','b4bb75555529d36f1445a8fefb8e0cf222cfacd2c256858909b93b6839711cdb');
INSERT INTO "custody_log" VALUES(38,'db0b72ec-7926-4919-b4e1-a22dba165891',4,'2026-11-26T16:42:10.480Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','b4bb75555529d36f1445a8fefb8e0cf222cfacd2c256858909b93b6839711cdb','5d72e40238130c8364d92ec2b6bc78bc3789ce709621986a8d5b1e6418b6d956');
INSERT INTO "custody_log" VALUES(39,'db0b72ec-7926-4919-b4e1-a22dba165891',5,'2026-11-26T16:42:10.481Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','5d72e40238130c8364d92ec2b6bc78bc3789ce709621986a8d5b1e6418b6d956','a731b904c665d075143f6dca3b8da38dae24fdee5755d80731ea159437579e31');
INSERT INTO "custody_log" VALUES(40,'db0b72ec-7926-4919-b4e1-a22dba165891',6,'2026-11-26T16:42:10.481Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','a731b904c665d075143f6dca3b8da38dae24fdee5755d80731ea159437579e31','c4837fd0aa2f0e343256722ddf312e3d0e87a1164751d43b5cc0ba1c0ea276cf');
INSERT INTO "custody_log" VALUES(41,'db0b72ec-7926-4919-b4e1-a22dba165891',7,'2026-11-26T16:42:10.482Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','c4837fd0aa2f0e343256722ddf312e3d0e87a1164751d43b5cc0ba1c0ea276cf','5e45d53100918e165b7f5e481dfd993b29535d0fcb8c2c130ffe45374f42bc5c');
INSERT INTO "custody_log" VALUES(42,'db0b72ec-7926-4919-b4e1-a22dba165891',8,'2026-11-26T16:42:10.483Z','DEMO-001','finding.raised','{"finding":"da56e0f0-9c7f-435b-b170-79fd8e803ef2","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','5e45d53100918e165b7f5e481dfd993b29535d0fcb8c2c130ffe45374f42bc5c','9b048fc4291a0a8ee9ff980b2c8c12461de43ad9486a776b8dcef3a8c786e8a5');
INSERT INTO "custody_log" VALUES(43,'db0b72ec-7926-4919-b4e1-a22dba165891',9,'2026-11-26T16:42:10.483Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','9b048fc4291a0a8ee9ff980b2c8c12461de43ad9486a776b8dcef3a8c786e8a5','58fe7633308f2f32bee9c6a807ae99b42a4d258bae2a69aaab036e3cf0e69565');
INSERT INTO "custody_log" VALUES(44,'db0b72ec-7926-4919-b4e1-a22dba165891',10,'2026-11-26T16:42:10.484Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','58fe7633308f2f32bee9c6a807ae99b42a4d258bae2a69aaab036e3cf0e69565','54d7cfa3fae859c1861805a4824e9b9b8d241575b3564913899c3b3681577106');
INSERT INTO "custody_log" VALUES(45,'db0b72ec-7926-4919-b4e1-a22dba165891',11,'2026-11-26T16:42:10.485Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','54d7cfa3fae859c1861805a4824e9b9b8d241575b3564913899c3b3681577106','5ad08d9697c755b7e5f51a3b808f48557fc28e4dcd9aa5499dc2aa9593f58258');
INSERT INTO "custody_log" VALUES(46,'db0b72ec-7926-4919-b4e1-a22dba165891',12,'2026-11-26T16:42:10.486Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','5ad08d9697c755b7e5f51a3b808f48557fc28e4dcd9aa5499dc2aa9593f58258','78efd9823d231170e6a8936eabb8884e857532e308fd9d0c8ae7589707433ed0');
INSERT INTO "custody_log" VALUES(47,'db0b72ec-7926-4919-b4e1-a22dba165891',13,'2026-11-26T16:42:10.487Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','78efd9823d231170e6a8936eabb8884e857532e308fd9d0c8ae7589707433ed0','32e1baf65e9a62122f602b1fa1e56f5d3ae1f3195c24b15705b390ef81d419c3');
INSERT INTO "custody_log" VALUES(48,'db0b72ec-7926-4919-b4e1-a22dba165891',14,'2026-11-26T16:42:10.488Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','32e1baf65e9a62122f602b1fa1e56f5d3ae1f3195c24b15705b390ef81d419c3','bd7b492d59e1900f703ff54bf88b1e0cf8a6ee066c48e0d0cc5a22ee42e1a1ad');
INSERT INTO "custody_log" VALUES(49,'db0b72ec-7926-4919-b4e1-a22dba165891',15,'2026-11-26T16:42:10.489Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','bd7b492d59e1900f703ff54bf88b1e0cf8a6ee066c48e0d0cc5a22ee42e1a1ad','8d08148b2dde599d2917503fabcf6aba26261c5c0c9ed87494f633eaac6cf0bb');
INSERT INTO "custody_log" VALUES(50,'db0b72ec-7926-4919-b4e1-a22dba165891',16,'2026-11-26T16:42:10.490Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','8d08148b2dde599d2917503fabcf6aba26261c5c0c9ed87494f633eaac6cf0bb','ad6da03a94a07290b82dd05c9127133eef5a9b0e21997e93fc6b6fb6d677be70');
INSERT INTO "custody_log" VALUES(51,'db0b72ec-7926-4919-b4e1-a22dba165891',17,'2026-11-26T16:42:10.491Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','ad6da03a94a07290b82dd05c9127133eef5a9b0e21997e93fc6b6fb6d677be70','00bedbe968a43eb19801dda7dc1b4f0dacc1bdedded840aef0e6a9605700aa45');
INSERT INTO "custody_log" VALUES(52,'db0b72ec-7926-4919-b4e1-a22dba165891',18,'2026-11-26T16:42:10.492Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','00bedbe968a43eb19801dda7dc1b4f0dacc1bdedded840aef0e6a9605700aa45','d023f90aa8a60d9bb17e67cb8c9926774486cccb0a20279edce94eade1425f3b');
INSERT INTO "custody_log" VALUES(53,'db0b72ec-7926-4919-b4e1-a22dba165891',19,'2026-11-26T16:42:10.492Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','d023f90aa8a60d9bb17e67cb8c9926774486cccb0a20279edce94eade1425f3b','2ea28adc5f2a76d63891830ed99b0cf28aca34bff5ac5d0cfe89be8b8ad975af');
INSERT INTO "custody_log" VALUES(54,'db0b72ec-7926-4919-b4e1-a22dba165891',20,'2026-11-26T16:42:10.493Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','2ea28adc5f2a76d63891830ed99b0cf28aca34bff5ac5d0cfe89be8b8ad975af','90b3d9424480105ac49959c5699af4129b605088d912249bdc7f170691495ac0');
INSERT INTO "custody_log" VALUES(55,'db0b72ec-7926-4919-b4e1-a22dba165891',21,'2026-11-26T16:42:10.495Z','DEMO-001','audit.finalized','{"content_sha256":"d076f547e500038a1773c4ae6fd61bc36a909802a261fea2d4302972ba81996a"}','90b3d9424480105ac49959c5699af4129b605088d912249bdc7f170691495ac0','fce9488c085ddb264f875b3e551d64e86f621c48e10d47d823a4159d90fa5e8f');
INSERT INTO "custody_log" VALUES(56,'3640eebb-820e-46dc-a9a8-352c427c3e69',1,'2026-11-26T16:42:10.496Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','1a97d814b2d7407ba205e3099caa7eb5b36071fa1eab350fb63aeef499d6792e');
INSERT INTO "custody_log" VALUES(57,'3640eebb-820e-46dc-a9a8-352c427c3e69',2,'2026-11-26T16:42:10.516Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','1a97d814b2d7407ba205e3099caa7eb5b36071fa1eab350fb63aeef499d6792e','5613f32825ce01295298bb3a35cad79151e2bfc5e73f2f370c1ea9fb5becbc2c');
INSERT INTO "custody_log" VALUES(58,'3640eebb-820e-46dc-a9a8-352c427c3e69',3,'2026-11-26T16:42:10.517Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','5613f32825ce01295298bb3a35cad79151e2bfc5e73f2f370c1ea9fb5becbc2c','d3e50f224e64c00528df4b37bdd5346fa53653d0681a87ec5b13e84ebabac8a7');
INSERT INTO "custody_log" VALUES(59,'3640eebb-820e-46dc-a9a8-352c427c3e69',4,'2026-11-26T16:42:10.518Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','d3e50f224e64c00528df4b37bdd5346fa53653d0681a87ec5b13e84ebabac8a7','6264b0d6cfa9979daae95c3a99a2e3454ea419683a8ea92b2af290dab966ac9e');
INSERT INTO "custody_log" VALUES(60,'3640eebb-820e-46dc-a9a8-352c427c3e69',5,'2026-11-26T16:42:10.518Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','6264b0d6cfa9979daae95c3a99a2e3454ea419683a8ea92b2af290dab966ac9e','768d180b1c17c8c58cca5facd1e8041ba6e5e3b0fb8e3aac2ac9179fd75c1df3');
INSERT INTO "custody_log" VALUES(61,'3640eebb-820e-46dc-a9a8-352c427c3e69',6,'2026-11-26T16:42:10.519Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','768d180b1c17c8c58cca5facd1e8041ba6e5e3b0fb8e3aac2ac9179fd75c1df3','133fb85b563f5e2e1bb75a20309cfb07cd4841a77764be1a9043c88723055125');
INSERT INTO "custody_log" VALUES(62,'3640eebb-820e-46dc-a9a8-352c427c3e69',7,'2026-11-26T16:42:10.520Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','133fb85b563f5e2e1bb75a20309cfb07cd4841a77764be1a9043c88723055125','7f9f2c0bb742d09c6c2b3e5386d9b7b080ae0f9ab38b3e8ee1694ba9b3f40eee');
INSERT INTO "custody_log" VALUES(63,'3640eebb-820e-46dc-a9a8-352c427c3e69',8,'2026-11-26T16:42:10.521Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','7f9f2c0bb742d09c6c2b3e5386d9b7b080ae0f9ab38b3e8ee1694ba9b3f40eee','e3dc2db2b02f3a8dc4f25d6d037f1cc786f9ffb48e716de1661e8002194017ac');
INSERT INTO "custody_log" VALUES(64,'3640eebb-820e-46dc-a9a8-352c427c3e69',9,'2026-11-26T16:42:10.522Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','e3dc2db2b02f3a8dc4f25d6d037f1cc786f9ffb48e716de1661e8002194017ac','c3a072bfec81f023d99ccef245870b6eb4955e4ca352442cca32e0a78fb5ff02');
INSERT INTO "custody_log" VALUES(65,'3640eebb-820e-46dc-a9a8-352c427c3e69',10,'2026-11-26T16:42:10.522Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','c3a072bfec81f023d99ccef245870b6eb4955e4ca352442cca32e0a78fb5ff02','9c3fc663ccd5bbfd6b4d07cdd6de0078203a4be06a0e0a65f1f34eff4f80986b');
INSERT INTO "custody_log" VALUES(66,'3640eebb-820e-46dc-a9a8-352c427c3e69',11,'2026-11-26T16:42:10.523Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','9c3fc663ccd5bbfd6b4d07cdd6de0078203a4be06a0e0a65f1f34eff4f80986b','ab307a213b3d87772c507d41d13212c3ec02ece7959a41f42742b31c5d42e83d');
INSERT INTO "custody_log" VALUES(67,'3640eebb-820e-46dc-a9a8-352c427c3e69',12,'2026-11-26T16:42:10.524Z','DEMO-001','finding.raised','{"finding":"7cb07405-8e6e-493d-8955-4648140ba7e8","item":1,"rule":"rf_hito_vencido","severity":"media"}','ab307a213b3d87772c507d41d13212c3ec02ece7959a41f42742b31c5d42e83d','7a95a407d192b836953cbce95222ace495e5bfa0da21e469eaa214f506e2089f');
INSERT INTO "custody_log" VALUES(68,'3640eebb-820e-46dc-a9a8-352c427c3e69',13,'2026-11-26T16:42:10.524Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','7a95a407d192b836953cbce95222ace495e5bfa0da21e469eaa214f506e2089f','1a98d6ab11e33a95ba686cface56726a3663028dbcaefbce03730de16ae2983c');
INSERT INTO "custody_log" VALUES(69,'3640eebb-820e-46dc-a9a8-352c427c3e69',14,'2026-11-26T16:42:10.525Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','1a98d6ab11e33a95ba686cface56726a3663028dbcaefbce03730de16ae2983c','abfaee2be62a667c86ade2260841d2b50f472c360edee17bf6a75bcfdab1acfc');
INSERT INTO "custody_log" VALUES(70,'3640eebb-820e-46dc-a9a8-352c427c3e69',15,'2026-11-26T16:42:10.526Z','DEMO-001','finding.raised','{"finding":"5ed56938-6aef-42cc-bcb1-a273315fcb31","item":1,"rule":"rf_diferencia_avance","severity":"media"}','abfaee2be62a667c86ade2260841d2b50f472c360edee17bf6a75bcfdab1acfc','8bc15acefd45d72a4c64cb13b187ac899b6c7197e38d9eb0f5b573b720aeaf33');
INSERT INTO "custody_log" VALUES(71,'3640eebb-820e-46dc-a9a8-352c427c3e69',16,'2026-11-26T16:42:10.526Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','8bc15acefd45d72a4c64cb13b187ac899b6c7197e38d9eb0f5b573b720aeaf33','62b804d97db925a3692f1f05965530116ad1111e9a30e6c7398b49611f795d95');
INSERT INTO "custody_log" VALUES(72,'3640eebb-820e-46dc-a9a8-352c427c3e69',17,'2026-11-26T16:42:10.527Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','62b804d97db925a3692f1f05965530116ad1111e9a30e6c7398b49611f795d95','b08ad7e236e0a3de37f2c217b269c62f0c10b6b9f7e2c499772c1e50b14424e5');
INSERT INTO "custody_log" VALUES(73,'3640eebb-820e-46dc-a9a8-352c427c3e69',18,'2026-11-26T16:42:10.527Z','DEMO-001','finding.raised','{"finding":"d30b8674-8b77-4617-844f-93e86e45e8f0","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','b08ad7e236e0a3de37f2c217b269c62f0c10b6b9f7e2c499772c1e50b14424e5','7f75f2de45e2b0c110a6bf88f34b731f25355c8bac54d5f5a0104788fd0bf5a4');
INSERT INTO "custody_log" VALUES(74,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',1,'2026-11-26T16:42:10.528Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"5bcca961a3ba5c7701f23219af66084edd64621d683bce60f8dad6d98e094ad6","form_version":1,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','d086932099cb34dbe62958682150ca57284110a53f156a5a61fcdba1add0f924');
INSERT INTO "custody_log" VALUES(75,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',2,'2026-11-26T16:42:10.529Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','d086932099cb34dbe62958682150ca57284110a53f156a5a61fcdba1add0f924','472b29c0b96340b79cd90b82f63474c9c5cc9f887c06437d418b5d3129fdeb52');
INSERT INTO "custody_log" VALUES(76,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',3,'2026-11-26T16:42:10.530Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','472b29c0b96340b79cd90b82f63474c9c5cc9f887c06437d418b5d3129fdeb52','9b99a528607cc26f0c53b4c1ddad9970549f17c3ade21dc933d5f09ec5e75522');
INSERT INTO "custody_log" VALUES(77,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',4,'2026-11-26T16:42:10.531Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','9b99a528607cc26f0c53b4c1ddad9970549f17c3ade21dc933d5f09ec5e75522','1fe55b4877bbc3ba8b673cbc74d4cf44d3e4a982c86ceef536096fc55b3a3dff');
INSERT INTO "custody_log" VALUES(78,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',5,'2026-11-26T16:42:10.532Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','1fe55b4877bbc3ba8b673cbc74d4cf44d3e4a982c86ceef536096fc55b3a3dff','d045d78825c4ce6e010807f4ab41106b5661b7ef51fd2dc5a2ab7f2158bdb025');
INSERT INTO "custody_log" VALUES(79,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',6,'2026-11-26T16:42:10.533Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','d045d78825c4ce6e010807f4ab41106b5661b7ef51fd2dc5a2ab7f2158bdb025','dfa0d330fa1977e3f653c50d8fdbd9f28f9dec0a2dfa17135d0f427d85eec50d');
INSERT INTO "custody_log" VALUES(80,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',7,'2026-11-26T16:42:10.534Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','dfa0d330fa1977e3f653c50d8fdbd9f28f9dec0a2dfa17135d0f427d85eec50d','aca0ce6f97d9b50960dc1836e37c625054ba6bcbe46e827cdc3e7ef782e1ce40');
INSERT INTO "custody_log" VALUES(81,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',8,'2026-11-26T16:42:10.535Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','aca0ce6f97d9b50960dc1836e37c625054ba6bcbe46e827cdc3e7ef782e1ce40','6acbb7ffdc84081944868227f09aba9098d953810efddbf5e96ea82f4934c7b6');
INSERT INTO "custody_log" VALUES(82,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',9,'2026-11-26T16:42:10.536Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','6acbb7ffdc84081944868227f09aba9098d953810efddbf5e96ea82f4934c7b6','3c10692e9e1ded2216c70875a969c78585277b26fe9215dce5afe06f5d892c8a');
INSERT INTO "custody_log" VALUES(83,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',10,'2026-11-26T16:42:10.536Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','3c10692e9e1ded2216c70875a969c78585277b26fe9215dce5afe06f5d892c8a','e0a4387bab53aa7939d52ebff79824972547d004665d32e12b21ae65dc44a23b');
INSERT INTO "custody_log" VALUES(84,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',11,'2026-11-26T16:42:10.537Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','e0a4387bab53aa7939d52ebff79824972547d004665d32e12b21ae65dc44a23b','b7a9fcd583800e050345f11dcbdd42f8e469848d9253fbe8fe3b0c376499ba70');
INSERT INTO "custody_log" VALUES(85,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',12,'2026-11-26T16:42:10.538Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','b7a9fcd583800e050345f11dcbdd42f8e469848d9253fbe8fe3b0c376499ba70','1768827a088a82ba3428a5ddd0146b85332810fe46e632c36623ea01886d30fd');
INSERT INTO "custody_log" VALUES(86,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',13,'2026-11-26T16:42:10.539Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','1768827a088a82ba3428a5ddd0146b85332810fe46e632c36623ea01886d30fd','094f3656bf56a139b37d31705edc7d4e248ce6e70ccfa17a5b5f939a70c5be27');
INSERT INTO "custody_log" VALUES(87,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',14,'2026-11-26T16:42:10.540Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','094f3656bf56a139b37d31705edc7d4e248ce6e70ccfa17a5b5f939a70c5be27','129f09896a0a72aa47fc4e7c64705ee3acf19294bb421b9ac7fcacf270b0a601');
INSERT INTO "custody_log" VALUES(88,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',15,'2026-11-26T16:42:10.541Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','129f09896a0a72aa47fc4e7c64705ee3acf19294bb421b9ac7fcacf270b0a601','cca31114a98aa597daad266986bf41bcad6a3fb53d193d78b20548c305417bc8');
INSERT INTO "custody_log" VALUES(89,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',16,'2026-11-26T16:42:10.541Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','cca31114a98aa597daad266986bf41bcad6a3fb53d193d78b20548c305417bc8','89e4d719b776942ee25377dccbeee05ccda431febf4cb8e44d39f35d93742b78');
INSERT INTO "custody_log" VALUES(90,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',17,'2026-11-26T16:42:10.542Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','89e4d719b776942ee25377dccbeee05ccda431febf4cb8e44d39f35d93742b78','a51d8643382905d9738d2ffa4f4de03247a580b1cb92f3b11e0cb4c6a1491db2');
INSERT INTO "custody_log" VALUES(91,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',18,'2026-11-26T16:42:10.543Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','a51d8643382905d9738d2ffa4f4de03247a580b1cb92f3b11e0cb4c6a1491db2','7c2e1fcca00e55c0146a3ebe913e248806112b13c5df81fb413d23933c151e55');
INSERT INTO "custody_log" VALUES(92,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',19,'2026-11-26T16:42:10.544Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','7c2e1fcca00e55c0146a3ebe913e248806112b13c5df81fb413d23933c151e55','9e2a15a23ac041b5ed981a49f7db350b3075d4144c882debc6c31e5d9d324575');
INSERT INTO "custody_log" VALUES(93,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',20,'2026-11-26T16:42:10.545Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','9e2a15a23ac041b5ed981a49f7db350b3075d4144c882debc6c31e5d9d324575','a16cac3f4cda3406c968382b8c1973c1704da956a32d43bbe2e3364d9b7d5b86');
INSERT INTO "custody_log" VALUES(94,'8f4a7796-6600-4b13-b398-b4c9116b4cbb',21,'2026-11-26T16:42:10.546Z','DEMO-001','audit.finalized','{"content_sha256":"61e79fb4f3267e084df3c266245f37e774d41d8282c20bed0a1507d6b98e8ace"}','a16cac3f4cda3406c968382b8c1973c1704da956a32d43bbe2e3364d9b7d5b86','61fecc4edf5bf06de9250f5624c638cf3f40bd7120d8a9eecf438ba510583e96');
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
INSERT INTO "findings" VALUES('f9ce5f8b-61d1-4f22-bf60-3d12cdb69642','ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-11-26T16:42:10.376Z','2026-11-26T16:42:10.376Z');
INSERT INTO "findings" VALUES('a1dc3f06-885c-4c67-9616-a10bd1b97c63','ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-11-26T16:42:10.382Z','2026-11-26T16:42:10.382Z');
INSERT INTO "findings" VALUES('6b71dde2-1ea8-4bf3-aeec-545b39a5590d','dc3fa5a0-7d69-45ce-8995-296081f9ffd5','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-11-26T16:42:10.386Z','2026-11-26T16:42:10.386Z');
INSERT INTO "findings" VALUES('f2e82a08-01e5-4a45-a270-88d3b68abfed','dc3fa5a0-7d69-45ce-8995-296081f9ffd5','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-11-26T16:42:10.390Z','2026-11-26T16:42:10.390Z');
INSERT INTO "findings" VALUES('4ca5f770-edb0-4dbe-874d-6f9204d70d37','459062a4-6b49-463a-9142-40dd4062d8e9','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-11-26T16:42:10.433Z','2026-11-26T16:42:10.433Z');
INSERT INTO "findings" VALUES('1722919b-b5fb-4994-a664-b1afd87e8c82','459062a4-6b49-463a-9142-40dd4062d8e9','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-11-26T16:42:10.438Z','2026-11-26T16:42:10.438Z');
INSERT INTO "findings" VALUES('da56e0f0-9c7f-435b-b170-79fd8e803ef2','db0b72ec-7926-4919-b4e1-a22dba165891','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-11-26T16:42:10.482Z','2026-11-26T16:42:10.482Z');
INSERT INTO "findings" VALUES('7cb07405-8e6e-493d-8955-4648140ba7e8','3640eebb-820e-46dc-a9a8-352c427c3e69','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-11-26T16:42:10.523Z','2026-11-26T16:42:10.523Z');
INSERT INTO "findings" VALUES('5ed56938-6aef-42cc-bcb1-a273315fcb31','3640eebb-820e-46dc-a9a8-352c427c3e69','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-11-26T16:42:10.525Z','2026-11-26T16:42:10.525Z');
INSERT INTO "findings" VALUES('d30b8674-8b77-4617-844f-93e86e45e8f0','3640eebb-820e-46dc-a9a8-352c427c3e69','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-11-26T16:42:10.527Z','2026-11-26T16:42:10.527Z');
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
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-11-26T16:42:10.128Z','2026-11-26T16:42:10.128Z');
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
INSERT INTO "participation_sessions" VALUES('7a09a3d3-694b-413c-b357-f09a58944896','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','Presidencia Municipal','','2026-11-26T16:42:10.547Z');
INSERT INTO "participation_sessions" VALUES('765c13ef-bcab-4697-b407-23f18ae3d3b3','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','ef9f83f8-a250-43e2-a7f1-8ea07ae26f4d','Presidencia Municipal','','2026-11-26T16:42:10.547Z');
INSERT INTO "participation_sessions" VALUES('5f8d7755-bcb2-4aef-bb4b-b34e3528d356','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','459062a4-6b49-463a-9142-40dd4062d8e9','Col. Riberas de Sacramento','','2026-11-26T16:42:10.548Z');
INSERT INTO "participation_sessions" VALUES('6dadd229-5534-4d40-9af5-9932f5c8f664','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','8f4a7796-6600-4b13-b398-b4c9116b4cbb','El Sauz','','2026-11-26T16:42:10.549Z');
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
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-11-26T16:42:10.113596+00:00');
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
INSERT INTO "sqlite_sequence" VALUES('custody_log',94);
COMMIT;

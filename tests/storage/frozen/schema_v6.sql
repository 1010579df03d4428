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
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','avance_obra_publicado',-1,'"si"',NULL,'2026-12-07T02:57:31.923Z','2026-12-07T02:57:31.923Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','contrato_en_sipot',-1,'"si"',NULL,'2026-12-07T02:57:31.904Z','2026-12-07T02:57:31.904Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','enlace_convocatoria',-1,'"si"',NULL,'2026-12-07T02:57:31.909Z','2026-12-07T02:57:31.909Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','enlace_dictamen',-1,'"no"',NULL,'2026-12-07T02:57:31.911Z','2026-12-07T02:57:31.911Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','enlace_fallo',-1,'"si"',NULL,'2026-12-07T02:57:31.910Z','2026-12-07T02:57:31.910Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','fecha_publicacion_sipot',-1,'"2026-07-28"',NULL,'2026-12-07T02:57:31.907Z','2026-12-07T02:57:31.907Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','finiquito_publicado',-1,'"na"',NULL,'2026-12-07T02:57:31.929Z','2026-12-07T02:57:31.929Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','formato_datos',-1,'"abierto"',NULL,'2026-12-07T02:57:31.936Z','2026-12-07T02:57:31.936Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','lista_asistentes_publicada',-1,'"si"',NULL,'2026-12-07T02:57:31.913Z','2026-12-07T02:57:31.913Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','listado_obras_publicado',-1,'"si"',NULL,'2026-12-07T02:57:31.935Z','2026-12-07T02:57:31.935Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','mecanismos_vigilancia',-1,'["contraloria_social","oic"]',NULL,'2026-12-07T02:57:31.932Z','2026-12-07T02:57:31.932Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','motivos_seleccion_publicados',-1,'"si"',NULL,'2026-12-07T02:57:31.914Z','2026-12-07T02:57:31.914Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','observaciones_revision',-1,'"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."',NULL,'2026-12-07T02:57:31.937Z','2026-12-07T02:57:31.937Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','padron_proveedores_publicado',-1,'"si"',NULL,'2026-12-07T02:57:31.934Z','2026-12-07T02:57:31.934Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','partida_origen_publicados',-1,'"si"',NULL,'2026-12-07T02:57:31.918Z','2026-12-07T02:57:31.918Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','recepcion_obra_publicada',-1,'"na"',NULL,'2026-12-07T02:57:31.927Z','2026-12-07T02:57:31.927Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','url_registro_sipot',-1,'"https://www.plataformadetransparencia.org.mx/"',NULL,'2026-12-07T02:57:31.905Z','2026-12-07T02:57:31.905Z');
INSERT INTO "answers" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','version_publica_contrato',-1,'"si"',NULL,'2026-12-07T02:57:31.916Z','2026-12-07T02:57:31.916Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','descripcion',0,'"Ventanilla única digital en operación"',NULL,'2026-12-07T02:57:31.954Z','2026-12-07T02:57:31.954Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','descripcion',1,'"Catálogo público de giros de bajo riesgo"',NULL,'2026-12-07T02:57:31.964Z','2026-12-07T02:57:31.964Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','entregable_verificable',0,'"si"',NULL,'2026-12-07T02:57:31.955Z','2026-12-07T02:57:31.955Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','entregable_verificable',1,'"si"',NULL,'2026-12-07T02:57:31.966Z','2026-12-07T02:57:31.966Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','estatus',0,'"completo"',NULL,'2026-12-07T02:57:31.958Z','2026-12-07T02:57:31.958Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','estatus',1,'"limitado"',NULL,'2026-12-07T02:57:31.968Z','2026-12-07T02:57:31.968Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','grupo_coordinador_participo',-1,'"si"',NULL,'2026-12-07T02:57:31.974Z','2026-12-07T02:57:31.974Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','informe_avance_publicado',-1,'"no"',NULL,'2026-12-07T02:57:31.975Z','2026-12-07T02:57:31.975Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','porcentaje_reportado',0,'100',NULL,'2026-12-07T02:57:31.959Z','2026-12-07T02:57:31.959Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','porcentaje_reportado',1,'80',NULL,'2026-12-07T02:57:31.970Z','2026-12-07T02:57:31.970Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','porcentaje_verificado',0,'100',NULL,'2026-12-07T02:57:31.960Z','2026-12-07T02:57:31.960Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','porcentaje_verificado',1,'40',NULL,'2026-12-07T02:57:31.972Z','2026-12-07T02:57:31.972Z');
INSERT INTO "answers" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','url_evidencia',0,'"https://www.municipiochihuahua.gob.mx/"',NULL,'2026-12-07T02:57:31.961Z','2026-12-07T02:57:31.961Z');
INSERT INTO "answers" VALUES('675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','dictamen_comite',-1,'"si"',NULL,'2026-12-07T02:57:31.842Z','2026-12-07T02:57:31.842Z');
INSERT INTO "answers" VALUES('675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','especificaciones_detalle',-1,'"Se exige una marca específica de luminaria LED sin admitir equivalentes."',NULL,'2026-12-07T02:57:31.836Z','2026-12-07T02:57:31.836Z');
INSERT INTO "answers" VALUES('675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','especificaciones_dirigidas',-1,'"si"',NULL,'2026-12-07T02:57:31.834Z','2026-12-07T02:57:31.834Z');
INSERT INTO "answers" VALUES('675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-07T02:57:31.838Z','2026-12-07T02:57:31.838Z');
INSERT INTO "answers" VALUES('675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','supuesto_excepcion',-1,'"monto_dentro_de_limites"',NULL,'2026-12-07T02:57:31.840Z','2026-12-07T02:57:31.840Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','acta_entrega_recepcion',-1,'"si"',NULL,'2026-12-07T02:57:31.998Z','2026-12-07T02:57:31.998Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','anticipo_amortizado',-1,'"si"',NULL,'2026-12-07T02:57:31.994Z','2026-12-07T02:57:31.994Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','avance_financiero_pagado',-1,'100',NULL,'2026-12-07T02:57:31.984Z','2026-12-07T02:57:31.984Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','avance_fisico_observado',-1,'100',NULL,'2026-12-07T02:57:31.982Z','2026-12-07T02:57:31.982Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','avance_fisico_reportado',-1,'100',NULL,'2026-12-07T02:57:31.983Z','2026-12-07T02:57:31.983Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','bitacora_al_dia',-1,'"si"',NULL,'2026-12-07T02:57:31.980Z','2026-12-07T02:57:31.980Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','cantidades_coinciden',-1,'"si"',NULL,'2026-12-07T02:57:31.986Z','2026-12-07T02:57:31.986Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','comite_contraloria_social',-1,'"si"',NULL,'2026-12-07T02:57:31.995Z','2026-12-07T02:57:31.995Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','convenios_modificatorios',-1,'"no"',NULL,'2026-12-07T02:57:31.993Z','2026-12-07T02:57:31.993Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','defectos_visibles',-1,'"ninguno"',NULL,'2026-12-07T02:57:31.988Z','2026-12-07T02:57:31.988Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','estado_programa',-1,'"terminada"',NULL,'2026-12-07T02:57:31.985Z','2026-12-07T02:57:31.985Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','expediente_disponible',-1,'"si"',NULL,'2026-12-07T02:57:31.978Z','2026-12-07T02:57:31.978Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','fecha_ultima_nota',-1,'"2026-08-14"',NULL,'2026-12-07T02:57:31.981Z','2026-12-07T02:57:31.981Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','letrero_obra',-1,'"si"',NULL,'2026-12-07T02:57:31.979Z','2026-12-07T02:57:31.979Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','materiales_conformes',-1,'"si"',NULL,'2026-12-07T02:57:31.987Z','2026-12-07T02:57:31.987Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','obra_en_uso',-1,'"si"',NULL,'2026-12-07T02:57:31.999Z','2026-12-07T02:57:31.999Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','observaciones_visita',-1,'"Obra terminada y en uso por la escuela; sin observaciones."',NULL,'2026-12-07T02:57:32.000Z','2026-12-07T02:57:32.000Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','pruebas_laboratorio',-1,'"si"',NULL,'2026-12-07T02:57:31.990Z','2026-12-07T02:57:31.990Z');
INSERT INTO "answers" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','quejas_vecinos',-1,'"no"',NULL,'2026-12-07T02:57:31.997Z','2026-12-07T02:57:31.997Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','acta_junta_publicada',-1,'"si"',NULL,'2026-12-07T02:57:31.819Z','2026-12-07T02:57:31.819Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','apertura_publica',-1,'"si"',NULL,'2026-12-07T02:57:31.826Z','2026-12-07T02:57:31.826Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','asistentes_junta',-1,'3',NULL,'2026-12-07T02:57:31.820Z','2026-12-07T02:57:31.820Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','cambios_requisitos_fondo',-1,'"no"',NULL,'2026-12-07T02:57:31.822Z','2026-12-07T02:57:31.822Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','convocatoria_publicada',-1,'"si"',NULL,'2026-12-07T02:57:31.811Z','2026-12-07T02:57:31.811Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','especificaciones_dirigidas',-1,'"no"',NULL,'2026-12-07T02:57:31.816Z','2026-12-07T02:57:31.816Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','fecha_apertura_proposiciones',-1,'"2026-10-14"',NULL,'2026-12-07T02:57:31.814Z','2026-12-07T02:57:31.814Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','fecha_publicacion_convocatoria',-1,'"2026-10-02"',NULL,'2026-12-07T02:57:31.812Z','2026-12-07T02:57:31.812Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','indicios_colusion',-1,'"no"',NULL,'2026-12-07T02:57:31.830Z','2026-12-07T02:57:31.830Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','investigacion_mercado_suficiencia',-1,'"si"',NULL,'2026-12-07T02:57:31.817Z','2026-12-07T02:57:31.817Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','numero_proposiciones',-1,'2','Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.','2026-12-07T02:57:31.824Z','2026-12-07T02:57:31.824Z');
INSERT INTO "answers" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','propuesta_extemporanea',-1,'"no"',NULL,'2026-12-07T02:57:31.827Z','2026-12-07T02:57:31.827Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','avance_financiero_pagado',-1,'68',NULL,'2026-12-07T02:57:31.871Z','2026-12-07T02:57:31.871Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','avance_fisico_observado',-1,'55','Falta colar aproximadamente 180 m de los 400 m del tramo.','2026-12-07T02:57:31.868Z','2026-12-07T02:57:31.868Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','avance_fisico_reportado',-1,'70',NULL,'2026-12-07T02:57:31.870Z','2026-12-07T02:57:31.870Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','bitacora_al_dia',-1,'"si"',NULL,'2026-12-07T02:57:31.866Z','2026-12-07T02:57:31.866Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','estado_programa',-1,'"atrasada"',NULL,'2026-12-07T02:57:31.874Z','2026-12-07T02:57:31.874Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','expediente_disponible',-1,'"si"',NULL,'2026-12-07T02:57:31.862Z','2026-12-07T02:57:31.862Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','fecha_ultima_nota',-1,'"2026-11-15"',NULL,'2026-12-07T02:57:31.867Z','2026-12-07T02:57:31.867Z');
INSERT INTO "answers" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','letrero_obra',-1,'"no"','No se encontró letrero en ninguno de los dos frentes de trabajo.','2026-12-07T02:57:31.864Z','2026-12-07T02:57:31.864Z');
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
INSERT INTO "audits" VALUES('d530b5fd-88c3-4640-8d74-83381be8eb19','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}','{}','LP-MCH-ADQ-014-2026 — Adquisición de uniformes para la Secretaría de Seguridad Pública','d530b5fd-88c3-4640-8d74-83381be8eb19 procedimiento_contratacion observacion de procedimiento de contratacion lp-mch-adq-014-2026 — adquisicion de uniformes para la secretaria de seguridad publica lp-mch-adq-014-2026 direccion de recursos materiales adquisicion de uniformes para la secretaria de seguridad publica licitacion publica nacional municipal 4850000 presentacion y apertura de proposiciones 2026-10-14 sala de juntas del comite de adquisiciones, presidencia municipal no','2026-10-14','DEMO-001','{}','2026-12-07T02:57:31.780Z','2026-12-07T02:57:31.830Z',NULL,NULL,'801ec017110f009b2fdf2057b99842a13987ece05c87212d95584df1d18d5b60',15);
INSERT INTO "audits" VALUES('675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','procedimiento_contratacion',2,'3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5','draft',1,NULL,NULL,'{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}','{}','AD-MCH-SER-031-2026 — Mantenimiento correctivo de luminarias en el sector poniente','675ad4f5-bdbf-4446-8c6c-f32f1c2849c3 procedimiento_contratacion observacion de procedimiento de contratacion ad-mch-ser-031-2026 — mantenimiento correctivo de luminarias en el sector poniente ad-mch-ser-031-2026 direccion de alumbrado publico mantenimiento correctivo de luminarias en el sector poniente adjudicacion directa nacional estatal 1280000 lectura o notificacion del fallo 2026-11-05 oficinas de la direccion de alumbrado publico no','2026-11-05','DEMO-001','{}','2026-12-07T02:57:31.832Z','2026-12-07T02:57:31.843Z',NULL,NULL,'343556d232bc734e2631dba7c693a22cbe05c5b5f1ff0bac244d3a3c92565b27',8);
INSERT INTO "audits" VALUES('d6c019d1-fb3b-44f3-afe5-82bbb32a3065','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','draft',1,NULL,NULL,'{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}','{}','OP-MCH-FISM-007-2026 — Pavimentación con concreto hidráulico de la calle Libertad','d6c019d1-fb3b-44f3-afe5-82bbb32a3065 visita_obra_publica visita de verificacion de obra publica op-mch-fism-007-2026 — pavimentacion con concreto hidraulico de la calle libertad op-mch-fism-007-2026 pavimentacion con concreto hidraulico de la calle libertad calle libertad entre av. tecnologico y calle 20, col. riberas de sacramento 28.7121 -106.1077 construcciones y pavimentos del norte, s.a. de c.v. 6735400.5 2026-07-01 2026-10-31 ing. laura chavez dominguez federal fism-df (ramo 33) 2026-11-18','2026-11-18','DEMO-001','{}','2026-12-07T02:57:31.845Z','2026-12-07T02:57:31.874Z',NULL,NULL,'402c7b350392b3a5381b05bb4e06bd5b8eb5b6e1f2b3efd5a11411de892ebae2',11);
INSERT INTO "audits" VALUES('3f40182c-eaff-4014-8d59-fb99ffe72658','transparencia_contratacion',2,'689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97','finalized',1,NULL,NULL,'{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}','{}','LP-MCH-OP-009-2026 — Rehabilitación del parque Los Nogales','3f40182c-eaff-4014-8d59-fb99ffe72658 transparencia_contratacion revision de transparencia de la contratacion lp-mch-op-009-2026 — rehabilitacion del parque los nogales lp-mch-op-009-2026 cont-op-009-2026 direccion de obras publicas rehabilitacion del parque los nogales obra publica licitacion publica urbanizadora sierra madre, s.a. de c.v. 3120000 2026-05-04 2026 segundo (abril a junio) 2026-09-22 https://www.municipiochihuahua.gob.mx/transparencia','2026-09-22','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-07T02:57:31.877Z','2026-12-07T02:57:31.939Z','2026-12-07T02:57:31.939Z','f9a8fa43f92a8b6f999979ebf7f46479d583224e322e3221e4d1dd298c3a7d3f','5b4106a9f69bcac27dbd72e0f54554044f6ae09392b1ee62be1d3c495bf67007',21);
INSERT INTO "audits" VALUES('65b57cde-aa20-461f-b2fa-0942e4a7d76b','seguimiento_gobierno_abierto',1,'9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29','draft',1,NULL,NULL,'{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}','{"hitos":2}','2 — Apertura rápida de empresas','65b57cde-aa20-461f-b2fa-0942e4a7d76b seguimiento_gobierno_abierto seguimiento de compromiso de gobierno abierto 2 — apertura rapida de empresas 2 apertura rapida de empresas primer plan de accion local de gobierno abierto de chihuahua direccion de desarrollo economico 2025-03-01 2026-08-31 abrir un negocio de bajo riesgo tomaba mas de 30 dias habiles. acceso a la informacion rendicion de cuentas','2025-03-01','DEMO-001','{}','2026-12-07T02:57:31.942Z','2026-12-07T02:57:31.975Z',NULL,NULL,'129fe5c36c0674d3768f2d64a75100fbb3974501425427d92eb80ca4382e87e0',18);
INSERT INTO "audits" VALUES('786e83cb-cfe5-4e35-856e-19ac1472c778','visita_obra_publica',2,'c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792','finalized',1,NULL,NULL,'{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}','{}','OP-MCH-RP-021-2026 — Construcción de techumbre en cancha de usos múltiples','786e83cb-cfe5-4e35-856e-19ac1472c778 visita_obra_publica visita de verificacion de obra publica op-mch-rp-021-2026 — construccion de techumbre en cancha de usos multiples op-mch-rp-021-2026 construccion de techumbre en cancha de usos multiples escuela primaria benito juarez, localidad el sauz estructuras metalicas cuauhtemoc, s.a. de c.v. 1985000 2026-04-15 2026-08-15 municipal 2026-09-03','2026-09-03','DEMO-001','{"code":"DEMO-001","municipality":"Chihuahua","name":"Observadora de ejemplo"}','2026-12-07T02:57:31.977Z','2026-12-07T02:57:32.593Z','2026-12-07T02:57:32.593Z','d1e5c1443c6eb98d6a61428dcd0566e8f91dd6d371e3b5892c5b48f2bc70b864','a954c8d7d65157f2bcde6de0a472f94b6d48548e4f4419f26b33acffa97a9db1',24);
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
','2026-12-07T02:57:31.780Z');
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
','2026-12-07T02:57:31.845Z');
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
','2026-12-07T02:57:31.877Z');
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
','2026-12-07T02:57:31.942Z');
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
INSERT INTO "custody_log" VALUES(1,'d530b5fd-88c3-4640-8d74-83381be8eb19',1,'2026-12-07T02:57:31.781Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"apertura_proposiciones","fecha_evento":"2026-10-14","lugar":"Sala de juntas del Comité de Adquisiciones, Presidencia Municipal","monto_estimado":4850000,"numero_procedimiento":"LP-MCH-ADQ-014-2026","objeto_contratacion":"Adquisición de uniformes para la Secretaría de Seguridad Pública","origen_recursos":"municipal","testigo_social":"no","tipo_procedimiento":"licitacion_publica","unidad_convocante":"Dirección de Recursos Materiales"}}','0000000000000000000000000000000000000000000000000000000000000000','dbb8b89c764739fb961e069b77e9ffe4b446a327bbae107d04d8fbe8505e1c56');
INSERT INTO "custody_log" VALUES(2,'d530b5fd-88c3-4640-8d74-83381be8eb19',2,'2026-12-07T02:57:31.811Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convocatoria_publicada","value":"si"}','dbb8b89c764739fb961e069b77e9ffe4b446a327bbae107d04d8fbe8505e1c56','b9963415813634c15147fdee2dd6e5d2ede72fcca3033140d44ee4d551094a58');
INSERT INTO "custody_log" VALUES(3,'d530b5fd-88c3-4640-8d74-83381be8eb19',3,'2026-12-07T02:57:31.812Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_convocatoria","value":"2026-10-02"}','b9963415813634c15147fdee2dd6e5d2ede72fcca3033140d44ee4d551094a58','ca5a39e49646ac7a1f79c3dc8e4475cebc9ed265e4941b4ecca2b3f4fe544ff8');
INSERT INTO "custody_log" VALUES(4,'d530b5fd-88c3-4640-8d74-83381be8eb19',4,'2026-12-07T02:57:31.814Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_apertura_proposiciones","value":"2026-10-14"}','ca5a39e49646ac7a1f79c3dc8e4475cebc9ed265e4941b4ecca2b3f4fe544ff8','dcbaa85a69550dbe01062d8e1c1a9404ca4dfec58da4719579e2482c5b8b0708');
INSERT INTO "custody_log" VALUES(5,'d530b5fd-88c3-4640-8d74-83381be8eb19',5,'2026-12-07T02:57:31.815Z','DEMO-001','finding.raised','{"finding":"f2d28c81-2c94-4368-85d8-c69a03a532d2","item":null,"rule":"rf_plazo_convocatoria_corto","severity":"media"}','dcbaa85a69550dbe01062d8e1c1a9404ca4dfec58da4719579e2482c5b8b0708','fdcc018c3ea72c6f93a9587a77bc4717bf1e5aa96d4cc717f4cb8cc058b547bd');
INSERT INTO "custody_log" VALUES(6,'d530b5fd-88c3-4640-8d74-83381be8eb19',6,'2026-12-07T02:57:31.816Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"no"}','fdcc018c3ea72c6f93a9587a77bc4717bf1e5aa96d4cc717f4cb8cc058b547bd','a78e3781e985c413974587024d96dcaa70026a8d48c0218718112be36e91a463');
INSERT INTO "custody_log" VALUES(7,'d530b5fd-88c3-4640-8d74-83381be8eb19',7,'2026-12-07T02:57:31.817Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','a78e3781e985c413974587024d96dcaa70026a8d48c0218718112be36e91a463','23917b111f264b4124ebd5552dd24d92fd5eef5111bc6bc4e5b965ac80e4da1f');
INSERT INTO "custody_log" VALUES(8,'d530b5fd-88c3-4640-8d74-83381be8eb19',8,'2026-12-07T02:57:31.819Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_junta_publicada","value":"si"}','23917b111f264b4124ebd5552dd24d92fd5eef5111bc6bc4e5b965ac80e4da1f','24468939a30e50b011fce8d279f216d51b9d1ee02b258cdc16ca0d4878f278f8');
INSERT INTO "custody_log" VALUES(9,'d530b5fd-88c3-4640-8d74-83381be8eb19',9,'2026-12-07T02:57:31.820Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"asistentes_junta","value":3}','24468939a30e50b011fce8d279f216d51b9d1ee02b258cdc16ca0d4878f278f8','149a5b35db8febed3cceaf53d749c63c51a2224d92a1827f4a6df707e64983ac');
INSERT INTO "custody_log" VALUES(10,'d530b5fd-88c3-4640-8d74-83381be8eb19',10,'2026-12-07T02:57:31.822Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cambios_requisitos_fondo","value":"no"}','149a5b35db8febed3cceaf53d749c63c51a2224d92a1827f4a6df707e64983ac','c07868f3b08ea034a67d257eec9a005d4bb776f82587430d0612cc69846d85af');
INSERT INTO "custody_log" VALUES(11,'d530b5fd-88c3-4640-8d74-83381be8eb19',11,'2026-12-07T02:57:31.824Z','DEMO-001','answer.set','{"item":null,"note":"Se presentaron dos proposiciones; una tercera empresa retiró su participación después de la junta de aclaraciones.","previous":null,"question":"numero_proposiciones","value":2}','c07868f3b08ea034a67d257eec9a005d4bb776f82587430d0612cc69846d85af','793a8adb1a1138b8df96cbbb905eb8408820eece6a8e3890c90396ac091f7e56');
INSERT INTO "custody_log" VALUES(12,'d530b5fd-88c3-4640-8d74-83381be8eb19',12,'2026-12-07T02:57:31.824Z','DEMO-001','finding.raised','{"finding":"4dedec70-0108-445b-bd31-491d4cbd3410","item":null,"rule":"rf_pocas_proposiciones","severity":"media"}','793a8adb1a1138b8df96cbbb905eb8408820eece6a8e3890c90396ac091f7e56','846e2db3e9eb467c5d4527b31199d041c56ec08ac1915638347da0677d8afc65');
INSERT INTO "custody_log" VALUES(13,'d530b5fd-88c3-4640-8d74-83381be8eb19',13,'2026-12-07T02:57:31.826Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"apertura_publica","value":"si"}','846e2db3e9eb467c5d4527b31199d041c56ec08ac1915638347da0677d8afc65','a5ab2205a259c97fd64207c6cddd90224e459b871c4dc8727920b0ed198fbe08');
INSERT INTO "custody_log" VALUES(14,'d530b5fd-88c3-4640-8d74-83381be8eb19',14,'2026-12-07T02:57:31.827Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"propuesta_extemporanea","value":"no"}','a5ab2205a259c97fd64207c6cddd90224e459b871c4dc8727920b0ed198fbe08','3d3ea78f9fd177e159695774aff89bdb03131f31e81cb907705f0d569ba02eb4');
INSERT INTO "custody_log" VALUES(15,'d530b5fd-88c3-4640-8d74-83381be8eb19',15,'2026-12-07T02:57:31.830Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"indicios_colusion","value":"no"}','3d3ea78f9fd177e159695774aff89bdb03131f31e81cb907705f0d569ba02eb4','801ec017110f009b2fdf2057b99842a13987ece05c87212d95584df1d18d5b60');
INSERT INTO "custody_log" VALUES(16,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',1,'2026-12-07T02:57:31.832Z','DEMO-001','audit.created','{"form":"procedimiento_contratacion","form_sha256":"3bc9f3b36bd9cd6b123eaa1d894e397666f331f24bf3247bc63029f7a57ec0b5","form_version":2,"header":{"caracter":"nacional","evento_observado":"fallo","fecha_evento":"2026-11-05","lugar":"Oficinas de la Dirección de Alumbrado Público","monto_estimado":1280000,"numero_procedimiento":"AD-MCH-SER-031-2026","objeto_contratacion":"Mantenimiento correctivo de luminarias en el sector poniente","origen_recursos":"estatal","testigo_social":"no","tipo_procedimiento":"adjudicacion_directa","unidad_convocante":"Dirección de Alumbrado Público"}}','0000000000000000000000000000000000000000000000000000000000000000','25815ae02890ee8a9141485af76feffe3fce0096a24ebf35fa20909f4f262525');
INSERT INTO "custody_log" VALUES(17,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',2,'2026-12-07T02:57:31.834Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_dirigidas","value":"si"}','25815ae02890ee8a9141485af76feffe3fce0096a24ebf35fa20909f4f262525','bad0ed8676db669b76b903ff32e27734dba382a8771604eb3062b088cf8c4438');
INSERT INTO "custody_log" VALUES(18,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',3,'2026-12-07T02:57:31.835Z','DEMO-001','finding.raised','{"finding":"fa6be9a0-01e0-419e-9040-42def98fdc85","item":null,"rule":"rf_especificaciones_dirigidas","severity":"media"}','bad0ed8676db669b76b903ff32e27734dba382a8771604eb3062b088cf8c4438','7c4f3ff8f218abd02dc76ec40cd008547dbee5260429c34867791ac2ece0b69c');
INSERT INTO "custody_log" VALUES(19,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',4,'2026-12-07T02:57:31.836Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"especificaciones_detalle","value":"Se exige una marca específica de luminaria LED sin admitir equivalentes."}','7c4f3ff8f218abd02dc76ec40cd008547dbee5260429c34867791ac2ece0b69c','dca311333410b8ef1e50405b3adba72c051ef2dd426e3e4414a602cd7348d2eb');
INSERT INTO "custody_log" VALUES(20,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',5,'2026-12-07T02:57:31.838Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"investigacion_mercado_suficiencia","value":"si"}','dca311333410b8ef1e50405b3adba72c051ef2dd426e3e4414a602cd7348d2eb','bf8c8afb3dfd6feab80c7ddef1984efac255f23fc24ba1eefadab523c94f3bdb');
INSERT INTO "custody_log" VALUES(21,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',6,'2026-12-07T02:57:31.841Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"supuesto_excepcion","value":"monto_dentro_de_limites"}','bf8c8afb3dfd6feab80c7ddef1984efac255f23fc24ba1eefadab523c94f3bdb','9385e4d5040e964d5bcc960fb5bb344d854cd13c72155f95217593dcaf6ba750');
INSERT INTO "custody_log" VALUES(22,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',7,'2026-12-07T02:57:31.843Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"dictamen_comite","value":"si"}','9385e4d5040e964d5bcc960fb5bb344d854cd13c72155f95217593dcaf6ba750','3025d579a2dcac48b121e2e259a3a967e7edb8cdb68b185586f10b4a3b7e6723');
INSERT INTO "custody_log" VALUES(23,'675ad4f5-bdbf-4446-8c6c-f32f1c2849c3',8,'2026-12-07T02:57:31.844Z','DEMO-001','finding.added','{"finding":"81ac777f-b88a-4c45-a480-3d032b2d979a","item":null,"question":null,"severity":"media","title":"La cotización ganadora llegó un día después del plazo de invitación"}','3025d579a2dcac48b121e2e259a3a967e7edb8cdb68b185586f10b4a3b7e6723','343556d232bc734e2631dba7c693a22cbe05c5b5f1ff0bac244d3a3c92565b27');
INSERT INTO "custody_log" VALUES(24,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',1,'2026-12-07T02:57:31.845Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Construcciones y Pavimentos del Norte, S.A. de C.V.","fecha_fin_contrato":"2026-10-31","fecha_inicio_contrato":"2026-07-01","fecha_visita":"2026-11-18","fondo_programa":"FISM-DF (Ramo 33)","latitud":28.7121,"longitud":-106.1077,"monto_contratado":6735400.5,"nombre_obra":"Pavimentación con concreto hidráulico de la calle Libertad","numero_contrato":"OP-MCH-FISM-007-2026","origen_recursos":"federal","residente_obra":"Ing. Laura Chávez Domínguez","ubicacion":"Calle Libertad entre Av. Tecnológico y calle 20, col. Riberas de Sacramento"}}','0000000000000000000000000000000000000000000000000000000000000000','b6f2ebc082da62791d405011b6ad6cd1a00af80ce587f7dd3efe3dfc67a197fe');
INSERT INTO "custody_log" VALUES(25,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',2,'2026-12-07T02:57:31.862Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','b6f2ebc082da62791d405011b6ad6cd1a00af80ce587f7dd3efe3dfc67a197fe','55aac6a65b277942a49487890b77962bb5f16ea3e41651b7c50b3aca3066389d');
INSERT INTO "custody_log" VALUES(26,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',3,'2026-12-07T02:57:31.864Z','DEMO-001','answer.set','{"item":null,"note":"No se encontró letrero en ninguno de los dos frentes de trabajo.","previous":null,"question":"letrero_obra","value":"no"}','55aac6a65b277942a49487890b77962bb5f16ea3e41651b7c50b3aca3066389d','7c31d2f51e8fcb0a047048a88cf617e1b485c704e21dee57bac5ad0b3a15057f');
INSERT INTO "custody_log" VALUES(27,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',4,'2026-12-07T02:57:31.865Z','DEMO-001','finding.raised','{"finding":"2fc6f8d4-76b3-4549-9386-5f467a9788fa","item":null,"rule":"rf_sin_letrero","severity":"media"}','7c31d2f51e8fcb0a047048a88cf617e1b485c704e21dee57bac5ad0b3a15057f','093de6ec7bbc0bbee1bf6b9675c198a8d0d8b9965bb441c646f0159a75e048f7');
INSERT INTO "custody_log" VALUES(28,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',5,'2026-12-07T02:57:31.866Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','093de6ec7bbc0bbee1bf6b9675c198a8d0d8b9965bb441c646f0159a75e048f7','a29383e9ff6fea1b8b0f62ca203210b9a346af46974b53d60e2969ccfdc7b6a4');
INSERT INTO "custody_log" VALUES(29,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',6,'2026-12-07T02:57:31.867Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-11-15"}','a29383e9ff6fea1b8b0f62ca203210b9a346af46974b53d60e2969ccfdc7b6a4','6ceccaf5ac2d781186a63cdde42db972d1af9838768b781e49a8790d47b43c5e');
INSERT INTO "custody_log" VALUES(30,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',7,'2026-12-07T02:57:31.868Z','DEMO-001','answer.set','{"item":null,"note":"Falta colar aproximadamente 180 m de los 400 m del tramo.","previous":null,"question":"avance_fisico_observado","value":55}','6ceccaf5ac2d781186a63cdde42db972d1af9838768b781e49a8790d47b43c5e','8308d13afe1e4987e1b14feeaf25fe254f9098c7a9e72df3980268d09949acd0');
INSERT INTO "custody_log" VALUES(31,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',8,'2026-12-07T02:57:31.870Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":70}','8308d13afe1e4987e1b14feeaf25fe254f9098c7a9e72df3980268d09949acd0','f12f6fe5f13e506479fdc92f359d8f8b269af20e88effcf9b1afa2081f84f6fc');
INSERT INTO "custody_log" VALUES(32,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',9,'2026-12-07T02:57:31.871Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":68}','f12f6fe5f13e506479fdc92f359d8f8b269af20e88effcf9b1afa2081f84f6fc','bf13e7ecc5276aba31f139f2de2123080ab49304960acb3fb4ce1dcf5479456b');
INSERT INTO "custody_log" VALUES(33,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',10,'2026-12-07T02:57:31.874Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"atrasada"}','bf13e7ecc5276aba31f139f2de2123080ab49304960acb3fb4ce1dcf5479456b','bcc647ac617097ff364bf624b39ecbd0cffcc6beaf833eca11bf5de8b943cd9a');
INSERT INTO "custody_log" VALUES(34,'d6c019d1-fb3b-44f3-afe5-82bbb32a3065',11,'2026-12-07T02:57:31.875Z','DEMO-001','finding.raised','{"finding":"963a8b1c-dbf0-4375-8e3d-805bcf964c4a","item":null,"rule":"rf_obra_atrasada","severity":"media"}','bcc647ac617097ff364bf624b39ecbd0cffcc6beaf833eca11bf5de8b943cd9a','402c7b350392b3a5381b05bb4e06bd5b8eb5b6e1f2b3efd5a11411de892ebae2');
INSERT INTO "custody_log" VALUES(35,'3f40182c-eaff-4014-8d59-fb99ffe72658',1,'2026-12-07T02:57:31.878Z','DEMO-001','audit.created','{"form":"transparencia_contratacion","form_sha256":"689ba50de30c08b3c7f99a43238e554d2ff01b1ae825a410e4b4594f1862ef97","form_version":2,"header":{"ejercicio":2026,"fecha_inicio_contrato":"2026-05-04","fecha_revision":"2026-09-22","materia":"obra_publica","monto_contratado":3120000,"numero_contrato":"CONT-OP-009-2026","numero_procedimiento":"LP-MCH-OP-009-2026","objeto_contratacion":"Rehabilitación del parque Los Nogales","proveedor":"Urbanizadora Sierra Madre, S.A. de C.V.","tipo_procedimiento":"licitacion_publica","trimestre":"t2","unidad_convocante":"Dirección de Obras Públicas","url_portal":"https://www.municipiochihuahua.gob.mx/transparencia"}}','0000000000000000000000000000000000000000000000000000000000000000','d3f9a6596e4a5e2fa0907b54dfbd04e849f03916d9c69ef85004bcf3d64a3ffa');
INSERT INTO "custody_log" VALUES(36,'3f40182c-eaff-4014-8d59-fb99ffe72658',2,'2026-12-07T02:57:31.904Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"contrato_en_sipot","value":"si"}','d3f9a6596e4a5e2fa0907b54dfbd04e849f03916d9c69ef85004bcf3d64a3ffa','8722c129380367fc345f1bbc86887fbecd95ba796f2e01bf901f50a41acd5e3a');
INSERT INTO "custody_log" VALUES(37,'3f40182c-eaff-4014-8d59-fb99ffe72658',3,'2026-12-07T02:57:31.905Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"url_registro_sipot","value":"https://www.plataformadetransparencia.org.mx/"}','8722c129380367fc345f1bbc86887fbecd95ba796f2e01bf901f50a41acd5e3a','73c38318fd21cac48b31b34e6d2c2ec0299cc1240caa82bc9f68b28398d0785c');
INSERT INTO "custody_log" VALUES(38,'3f40182c-eaff-4014-8d59-fb99ffe72658',4,'2026-12-07T02:57:31.907Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_publicacion_sipot","value":"2026-07-28"}','73c38318fd21cac48b31b34e6d2c2ec0299cc1240caa82bc9f68b28398d0785c','0fcac89f6de66e79ce46b4864067155823a8b01a7ec8ba54ea91b1f95a6d3bdb');
INSERT INTO "custody_log" VALUES(39,'3f40182c-eaff-4014-8d59-fb99ffe72658',5,'2026-12-07T02:57:31.909Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_convocatoria","value":"si"}','0fcac89f6de66e79ce46b4864067155823a8b01a7ec8ba54ea91b1f95a6d3bdb','a2a95faa131079dbfdce73ece6da045f03dcaf281bbe1403fb431ed525293058');
INSERT INTO "custody_log" VALUES(40,'3f40182c-eaff-4014-8d59-fb99ffe72658',6,'2026-12-07T02:57:31.910Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_fallo","value":"si"}','a2a95faa131079dbfdce73ece6da045f03dcaf281bbe1403fb431ed525293058','5a42b2de3bc5ec03ffa58cb09511f3bf67c44f9bf1fa9fcd1baccb7204cfbb50');
INSERT INTO "custody_log" VALUES(41,'3f40182c-eaff-4014-8d59-fb99ffe72658',7,'2026-12-07T02:57:31.911Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"enlace_dictamen","value":"no"}','5a42b2de3bc5ec03ffa58cb09511f3bf67c44f9bf1fa9fcd1baccb7204cfbb50','f9edbbbdc968008ae2d40b8d9e152386c40906ebbfa186f02f60f1dfd53b7256');
INSERT INTO "custody_log" VALUES(42,'3f40182c-eaff-4014-8d59-fb99ffe72658',8,'2026-12-07T02:57:31.912Z','DEMO-001','finding.raised','{"finding":"c462a2bd-bf84-4a35-b2d0-2d1019c3b782","item":null,"rule":"rf_enlace_dictamen","severity":"media"}','f9edbbbdc968008ae2d40b8d9e152386c40906ebbfa186f02f60f1dfd53b7256','803232d58595ed2ed85881a75a5673b08d0a8544f9e2682670bf97141c027b85');
INSERT INTO "custody_log" VALUES(43,'3f40182c-eaff-4014-8d59-fb99ffe72658',9,'2026-12-07T02:57:31.913Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"lista_asistentes_publicada","value":"si"}','803232d58595ed2ed85881a75a5673b08d0a8544f9e2682670bf97141c027b85','3180ddc21f8c03450b1ca80ce8e92488249a72fdd82612eff0974d2fe373f62c');
INSERT INTO "custody_log" VALUES(44,'3f40182c-eaff-4014-8d59-fb99ffe72658',10,'2026-12-07T02:57:31.914Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"motivos_seleccion_publicados","value":"si"}','3180ddc21f8c03450b1ca80ce8e92488249a72fdd82612eff0974d2fe373f62c','5671ba72015e9210baed02611c920a32e32b82f55a1be72e471920d98dcf871e');
INSERT INTO "custody_log" VALUES(45,'3f40182c-eaff-4014-8d59-fb99ffe72658',11,'2026-12-07T02:57:31.916Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"version_publica_contrato","value":"si"}','5671ba72015e9210baed02611c920a32e32b82f55a1be72e471920d98dcf871e','2eec13347df7a091a27e86dbdac6c8da968ff8ef8a386520d245f42c39479d0a');
INSERT INTO "custody_log" VALUES(46,'3f40182c-eaff-4014-8d59-fb99ffe72658',12,'2026-12-07T02:57:31.918Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"partida_origen_publicados","value":"si"}','2eec13347df7a091a27e86dbdac6c8da968ff8ef8a386520d245f42c39479d0a','7d46b09dffba5aa9b3723645e934aa1b2320e5fc820826d6fcd45e4ed75200de');
INSERT INTO "custody_log" VALUES(47,'3f40182c-eaff-4014-8d59-fb99ffe72658',13,'2026-12-07T02:57:31.923Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_obra_publicado","value":"si"}','7d46b09dffba5aa9b3723645e934aa1b2320e5fc820826d6fcd45e4ed75200de','7e829ce0dcc62abd7364424022f42677391f9373f1c60e1c5758ee12bd2e7f9f');
INSERT INTO "custody_log" VALUES(48,'3f40182c-eaff-4014-8d59-fb99ffe72658',14,'2026-12-07T02:57:31.927Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"recepcion_obra_publicada","value":"na"}','7e829ce0dcc62abd7364424022f42677391f9373f1c60e1c5758ee12bd2e7f9f','9a28e99b249a0d3d293ed52080b43f30ac899fa5babbc6ff1b0b9b941ac274b3');
INSERT INTO "custody_log" VALUES(49,'3f40182c-eaff-4014-8d59-fb99ffe72658',15,'2026-12-07T02:57:31.929Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"finiquito_publicado","value":"na"}','9a28e99b249a0d3d293ed52080b43f30ac899fa5babbc6ff1b0b9b941ac274b3','15f14656d53dbc23d53ffa46d536ac6b00b0a140790dd966b6b9856d64946321');
INSERT INTO "custody_log" VALUES(50,'3f40182c-eaff-4014-8d59-fb99ffe72658',16,'2026-12-07T02:57:31.932Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"mecanismos_vigilancia","value":["contraloria_social","oic"]}','15f14656d53dbc23d53ffa46d536ac6b00b0a140790dd966b6b9856d64946321','af23f1c4944db48ca8d03b8d03b1ad1466568c2c0b546fa6613f1b3e0ad35c72');
INSERT INTO "custody_log" VALUES(51,'3f40182c-eaff-4014-8d59-fb99ffe72658',17,'2026-12-07T02:57:31.934Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"padron_proveedores_publicado","value":"si"}','af23f1c4944db48ca8d03b8d03b1ad1466568c2c0b546fa6613f1b3e0ad35c72','aadfc31437426cb18bec3acfdf32f09ae5bc1db656073097d2e73b54d11f48cd');
INSERT INTO "custody_log" VALUES(52,'3f40182c-eaff-4014-8d59-fb99ffe72658',18,'2026-12-07T02:57:31.935Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"listado_obras_publicado","value":"si"}','aadfc31437426cb18bec3acfdf32f09ae5bc1db656073097d2e73b54d11f48cd','47e399fa65083b389abff3c3ad997a07bf1875148d9c2fb44a0c612eb28e6e8b');
INSERT INTO "custody_log" VALUES(53,'3f40182c-eaff-4014-8d59-fb99ffe72658',19,'2026-12-07T02:57:31.936Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"formato_datos","value":"abierto"}','47e399fa65083b389abff3c3ad997a07bf1875148d9c2fb44a0c612eb28e6e8b','be716d30012340d66e423d645933d8e395d4f5aa3528d0b4f95eb9d530b9eb39');
INSERT INTO "custody_log" VALUES(54,'3f40182c-eaff-4014-8d59-fb99ffe72658',20,'2026-12-07T02:57:31.937Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_revision","value":"El enlace al dictamen de evaluación devuelve error 404; el resto de la información está completa y en formato abierto."}','be716d30012340d66e423d645933d8e395d4f5aa3528d0b4f95eb9d530b9eb39','1a413cce44f8f0f6311e02773c0fab349ea190a7d3053dcfdff7d36fdcfd677e');
INSERT INTO "custody_log" VALUES(55,'3f40182c-eaff-4014-8d59-fb99ffe72658',21,'2026-12-07T02:57:31.940Z','DEMO-001','audit.finalized','{"content_sha256":"f9a8fa43f92a8b6f999979ebf7f46479d583224e322e3221e4d1dd298c3a7d3f"}','1a413cce44f8f0f6311e02773c0fab349ea190a7d3053dcfdff7d36fdcfd677e','5b4106a9f69bcac27dbd72e0f54554044f6ae09392b1ee62be1d3c495bf67007');
INSERT INTO "custody_log" VALUES(56,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',1,'2026-12-07T02:57:31.943Z','DEMO-001','audit.created','{"form":"seguimiento_gobierno_abierto","form_sha256":"9ed5c7678a64d417b16ad391e163f9a0c94a4dba91caf5bf08294678fd978a29","form_version":1,"header":{"fecha_fin":"2026-08-31","fecha_inicio":"2025-03-01","institucion_responsable":"Dirección de Desarrollo Económico","nombre_compromiso":"Apertura rápida de empresas","numero_compromiso":"2","plan_accion":"Primer Plan de Acción Local de Gobierno Abierto de Chihuahua","problema_publico":"Abrir un negocio de bajo riesgo tomaba más de 30 días hábiles.","valores_ogp":["acceso_informacion","rendicion_cuentas"]}}','0000000000000000000000000000000000000000000000000000000000000000','4633f7f3975c19b4021676e9c99e7f15e0ebfe1691f8705d05ab2db6e88dff70');
INSERT INTO "custody_log" VALUES(57,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',2,'2026-12-07T02:57:31.954Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"descripcion","value":"Ventanilla única digital en operación"}','4633f7f3975c19b4021676e9c99e7f15e0ebfe1691f8705d05ab2db6e88dff70','0af848a0e1307131d752014c9466bbad1ef92e8022b350dfbb3895b811b9d37c');
INSERT INTO "custody_log" VALUES(58,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',3,'2026-12-07T02:57:31.955Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"entregable_verificable","value":"si"}','0af848a0e1307131d752014c9466bbad1ef92e8022b350dfbb3895b811b9d37c','97ec567024f52cbb23b5bc654ffe56731652596c7d78213d844897ef742b9806');
INSERT INTO "custody_log" VALUES(59,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',4,'2026-12-07T02:57:31.958Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"estatus","value":"completo"}','97ec567024f52cbb23b5bc654ffe56731652596c7d78213d844897ef742b9806','23f03681565017d01afe44ab85bb0d0cd18e476372fcf4297542e5da694080db');
INSERT INTO "custody_log" VALUES(60,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',5,'2026-12-07T02:57:31.959Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_reportado","value":100}','23f03681565017d01afe44ab85bb0d0cd18e476372fcf4297542e5da694080db','5b2da9eda5f591cb0cd375189fa8c198c0c29ac5d6dd9af0b22103b065adb5db');
INSERT INTO "custody_log" VALUES(61,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',6,'2026-12-07T02:57:31.960Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"porcentaje_verificado","value":100}','5b2da9eda5f591cb0cd375189fa8c198c0c29ac5d6dd9af0b22103b065adb5db','99b871746c6003cc264284c125244c8986d3125b6982022467705a8d00afa5e9');
INSERT INTO "custody_log" VALUES(62,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',7,'2026-12-07T02:57:31.961Z','DEMO-001','answer.set','{"item":0,"previous":null,"question":"url_evidencia","value":"https://www.municipiochihuahua.gob.mx/"}','99b871746c6003cc264284c125244c8986d3125b6982022467705a8d00afa5e9','e3c0b8f63923be2cd0a7a9cf7ad0699fc27957a2313ad04fb66a1219053681b0');
INSERT INTO "custody_log" VALUES(63,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',8,'2026-12-07T02:57:31.963Z','DEMO-001','item.added','{"item":1,"section":"hitos"}','e3c0b8f63923be2cd0a7a9cf7ad0699fc27957a2313ad04fb66a1219053681b0','98a49aaf48198119abece391d536b32d48cab94037d8104a05d1bf179fa99dd6');
INSERT INTO "custody_log" VALUES(64,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',9,'2026-12-07T02:57:31.964Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"descripcion","value":"Catálogo público de giros de bajo riesgo"}','98a49aaf48198119abece391d536b32d48cab94037d8104a05d1bf179fa99dd6','2c8e0f6ca2cea9861ee0cf1eba0925839b9815589017334f43218f81a440767a');
INSERT INTO "custody_log" VALUES(65,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',10,'2026-12-07T02:57:31.967Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"entregable_verificable","value":"si"}','2c8e0f6ca2cea9861ee0cf1eba0925839b9815589017334f43218f81a440767a','960f414d4d4d1aaa341733a8087113a5711238e48c8558316aca04d6e6d50da7');
INSERT INTO "custody_log" VALUES(66,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',11,'2026-12-07T02:57:31.968Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"estatus","value":"limitado"}','960f414d4d4d1aaa341733a8087113a5711238e48c8558316aca04d6e6d50da7','7c98558373258492ab60cee611ad81f68665776e72467e4b1996420b2c1d0e58');
INSERT INTO "custody_log" VALUES(67,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',12,'2026-12-07T02:57:31.969Z','DEMO-001','finding.raised','{"finding":"ef652083-f350-41ff-a612-4e8b06d4da9f","item":1,"rule":"rf_hito_vencido","severity":"media"}','7c98558373258492ab60cee611ad81f68665776e72467e4b1996420b2c1d0e58','a6900b25a95f3f37a59410e688cf2c0a55295a68106e745cc43bd938ee1544b0');
INSERT INTO "custody_log" VALUES(68,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',13,'2026-12-07T02:57:31.970Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_reportado","value":80}','a6900b25a95f3f37a59410e688cf2c0a55295a68106e745cc43bd938ee1544b0','bddad716c2ce41f20dcfcc216d56cbd0048fc08de3702eff16e7cc17d24930dd');
INSERT INTO "custody_log" VALUES(69,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',14,'2026-12-07T02:57:31.972Z','DEMO-001','answer.set','{"item":1,"previous":null,"question":"porcentaje_verificado","value":40}','bddad716c2ce41f20dcfcc216d56cbd0048fc08de3702eff16e7cc17d24930dd','f15252433f265d822d5e940aef89f1b2d84e5711e9c65fcebff942c726a560dc');
INSERT INTO "custody_log" VALUES(70,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',15,'2026-12-07T02:57:31.973Z','DEMO-001','finding.raised','{"finding":"312ccdc9-c8b4-4d78-ad6d-a83edb67fe2a","item":1,"rule":"rf_diferencia_avance","severity":"media"}','f15252433f265d822d5e940aef89f1b2d84e5711e9c65fcebff942c726a560dc','6bdf5ae23243484438331c3130358e68fcf7d95f080f524f5e1281af3b372d44');
INSERT INTO "custody_log" VALUES(71,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',16,'2026-12-07T02:57:31.974Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"grupo_coordinador_participo","value":"si"}','6bdf5ae23243484438331c3130358e68fcf7d95f080f524f5e1281af3b372d44','dbccb50d308b4218ab20da1719e85c4d0e2140f3671ad2a2e8f73a9a9ab7f016');
INSERT INTO "custody_log" VALUES(72,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',17,'2026-12-07T02:57:31.975Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"informe_avance_publicado","value":"no"}','dbccb50d308b4218ab20da1719e85c4d0e2140f3671ad2a2e8f73a9a9ab7f016','57e27c7a06959e1c02f3e2a304ce8b731aad1e119d05c0f1d8e2194815d509c3');
INSERT INTO "custody_log" VALUES(73,'65b57cde-aa20-461f-b2fa-0942e4a7d76b',18,'2026-12-07T02:57:31.976Z','DEMO-001','finding.raised','{"finding":"89b505f8-b8d9-45eb-99ba-2eca48fe2129","item":null,"rule":"rf_sin_informe_avance","severity":"media"}','57e27c7a06959e1c02f3e2a304ce8b731aad1e119d05c0f1d8e2194815d509c3','129fe5c36c0674d3768f2d64a75100fbb3974501425427d92eb80ca4382e87e0');
INSERT INTO "custody_log" VALUES(74,'786e83cb-cfe5-4e35-856e-19ac1472c778',1,'2026-12-07T02:57:31.977Z','DEMO-001','audit.created','{"form":"visita_obra_publica","form_sha256":"c795c0fffdc2731dc09d1ba99913e8b86996d2dfc76ba68706e8730c01500792","form_version":2,"header":{"contratista":"Estructuras Metálicas Cuauhtémoc, S.A. de C.V.","fecha_fin_contrato":"2026-08-15","fecha_inicio_contrato":"2026-04-15","fecha_visita":"2026-09-03","monto_contratado":1985000,"nombre_obra":"Construcción de techumbre en cancha de usos múltiples","numero_contrato":"OP-MCH-RP-021-2026","origen_recursos":"municipal","ubicacion":"Escuela Primaria Benito Juárez, localidad El Sauz"}}','0000000000000000000000000000000000000000000000000000000000000000','70e0b69d7f18c72f5e0619235ea10fbb7081dc10626885419a8cb301b8ee207a');
INSERT INTO "custody_log" VALUES(75,'786e83cb-cfe5-4e35-856e-19ac1472c778',2,'2026-12-07T02:57:31.979Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"expediente_disponible","value":"si"}','70e0b69d7f18c72f5e0619235ea10fbb7081dc10626885419a8cb301b8ee207a','dcfd8eaeda6e499ca106fc2bfa40d7407da07f4c3993606d9f910a90eb93e222');
INSERT INTO "custody_log" VALUES(76,'786e83cb-cfe5-4e35-856e-19ac1472c778',3,'2026-12-07T02:57:31.979Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"letrero_obra","value":"si"}','dcfd8eaeda6e499ca106fc2bfa40d7407da07f4c3993606d9f910a90eb93e222','3cc0ee92e585c26c3960fa7f9f35b6cdf60ad9b3638ae6bfad31adb3faa4a7d9');
INSERT INTO "custody_log" VALUES(77,'786e83cb-cfe5-4e35-856e-19ac1472c778',4,'2026-12-07T02:57:31.980Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"bitacora_al_dia","value":"si"}','3cc0ee92e585c26c3960fa7f9f35b6cdf60ad9b3638ae6bfad31adb3faa4a7d9','acbbd74809217f32660501350796532106ef017ad4e3c7639a3e92d8c4d75709');
INSERT INTO "custody_log" VALUES(78,'786e83cb-cfe5-4e35-856e-19ac1472c778',5,'2026-12-07T02:57:31.981Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"fecha_ultima_nota","value":"2026-08-14"}','acbbd74809217f32660501350796532106ef017ad4e3c7639a3e92d8c4d75709','8199141bcd9877551a1ed2bb4368ce96b966ed566e2925498fa6bf2c45169fae');
INSERT INTO "custody_log" VALUES(79,'786e83cb-cfe5-4e35-856e-19ac1472c778',6,'2026-12-07T02:57:31.983Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_observado","value":100}','8199141bcd9877551a1ed2bb4368ce96b966ed566e2925498fa6bf2c45169fae','1fc6bcc6bafb785236ea418ada625a36cb2b3576bb8a75a557bcb0918b39a8cd');
INSERT INTO "custody_log" VALUES(80,'786e83cb-cfe5-4e35-856e-19ac1472c778',7,'2026-12-07T02:57:31.983Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_fisico_reportado","value":100}','1fc6bcc6bafb785236ea418ada625a36cb2b3576bb8a75a557bcb0918b39a8cd','3a9d0c9ee4f5b12bb999ae7fc972085ae83aebe0685d5f739b6ba28d4ca13870');
INSERT INTO "custody_log" VALUES(81,'786e83cb-cfe5-4e35-856e-19ac1472c778',8,'2026-12-07T02:57:31.984Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"avance_financiero_pagado","value":100}','3a9d0c9ee4f5b12bb999ae7fc972085ae83aebe0685d5f739b6ba28d4ca13870','36c8f70bcf342d9068c90d2abd9338d6f13fcc8e5048391acec29ffa357ac25c');
INSERT INTO "custody_log" VALUES(82,'786e83cb-cfe5-4e35-856e-19ac1472c778',9,'2026-12-07T02:57:31.985Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"estado_programa","value":"terminada"}','36c8f70bcf342d9068c90d2abd9338d6f13fcc8e5048391acec29ffa357ac25c','76614be70f06ea509e51dc9687016c5f8a6129af23abda6263213ae50a3ee8ab');
INSERT INTO "custody_log" VALUES(83,'786e83cb-cfe5-4e35-856e-19ac1472c778',10,'2026-12-07T02:57:31.986Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"cantidades_coinciden","value":"si"}','76614be70f06ea509e51dc9687016c5f8a6129af23abda6263213ae50a3ee8ab','8a10c4244eaae1960ec91e30572645042255ec3fafcc27119a5baf067d7f0f31');
INSERT INTO "custody_log" VALUES(84,'786e83cb-cfe5-4e35-856e-19ac1472c778',11,'2026-12-07T02:57:31.987Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"materiales_conformes","value":"si"}','8a10c4244eaae1960ec91e30572645042255ec3fafcc27119a5baf067d7f0f31','a01306bfc2f9fe77e2b3662b439eb880f5c4738ac41aa3ffdf7d07a01695cb34');
INSERT INTO "custody_log" VALUES(85,'786e83cb-cfe5-4e35-856e-19ac1472c778',12,'2026-12-07T02:57:31.988Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"defectos_visibles","value":"ninguno"}','a01306bfc2f9fe77e2b3662b439eb880f5c4738ac41aa3ffdf7d07a01695cb34','3cdec2e12147793b433221aca3732267141559a668b32415c210a214507b6635');
INSERT INTO "custody_log" VALUES(86,'786e83cb-cfe5-4e35-856e-19ac1472c778',13,'2026-12-07T02:57:31.991Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"pruebas_laboratorio","value":"si"}','3cdec2e12147793b433221aca3732267141559a668b32415c210a214507b6635','727619b1712561dc7c7895523521060ab997926a91f1449ee878d68e72e11414');
INSERT INTO "custody_log" VALUES(87,'786e83cb-cfe5-4e35-856e-19ac1472c778',14,'2026-12-07T02:57:31.993Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"convenios_modificatorios","value":"no"}','727619b1712561dc7c7895523521060ab997926a91f1449ee878d68e72e11414','25db143a8f051dd6840e9fc042d30b02aba2070f7607d1e16737a2931e8af99c');
INSERT INTO "custody_log" VALUES(88,'786e83cb-cfe5-4e35-856e-19ac1472c778',15,'2026-12-07T02:57:31.995Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"anticipo_amortizado","value":"si"}','25db143a8f051dd6840e9fc042d30b02aba2070f7607d1e16737a2931e8af99c','112324e166e3c4e4834bee0d47716ff5ed56ec818172b4eb27133c161aded96f');
INSERT INTO "custody_log" VALUES(89,'786e83cb-cfe5-4e35-856e-19ac1472c778',16,'2026-12-07T02:57:31.995Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"comite_contraloria_social","value":"si"}','112324e166e3c4e4834bee0d47716ff5ed56ec818172b4eb27133c161aded96f','c72c47128deceadb7389e4d5304352775cf3bc7d0cd919b251e04cb3cd9afcfd');
INSERT INTO "custody_log" VALUES(90,'786e83cb-cfe5-4e35-856e-19ac1472c778',17,'2026-12-07T02:57:31.997Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"quejas_vecinos","value":"no"}','c72c47128deceadb7389e4d5304352775cf3bc7d0cd919b251e04cb3cd9afcfd','f8f82ada1718e9ecd3b6395873259d96ebf0dd554350172b4396236f4f233bdd');
INSERT INTO "custody_log" VALUES(91,'786e83cb-cfe5-4e35-856e-19ac1472c778',18,'2026-12-07T02:57:31.998Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"acta_entrega_recepcion","value":"si"}','f8f82ada1718e9ecd3b6395873259d96ebf0dd554350172b4396236f4f233bdd','e8edb8b73d7d3e08ae4d5f8ba94876de0b9216ac1dc5537064794b325fd3b6fa');
INSERT INTO "custody_log" VALUES(92,'786e83cb-cfe5-4e35-856e-19ac1472c778',19,'2026-12-07T02:57:31.999Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"obra_en_uso","value":"si"}','e8edb8b73d7d3e08ae4d5f8ba94876de0b9216ac1dc5537064794b325fd3b6fa','b7531a4dbfb95acd94728b31ddd76848fe8251372245a769aba0ce6bc5c2e70e');
INSERT INTO "custody_log" VALUES(93,'786e83cb-cfe5-4e35-856e-19ac1472c778',20,'2026-12-07T02:57:32.000Z','DEMO-001','answer.set','{"item":null,"previous":null,"question":"observaciones_visita","value":"Obra terminada y en uso por la escuela; sin observaciones."}','b7531a4dbfb95acd94728b31ddd76848fe8251372245a769aba0ce6bc5c2e70e','8db27cac21553d45463c7bd0481bd70d33c96b9be6f9a3a5eb4a63c40a8c7836');
INSERT INTO "custody_log" VALUES(94,'786e83cb-cfe5-4e35-856e-19ac1472c778',21,'2026-12-07T02:57:32.216Z','DEMO-001','evidence.added','{"evidence":"46453a32-a406-452f-9eca-58ea97691082","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260903_00.jpg","question":"letrero_obra","sha256":"f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04","size":52511}','8db27cac21553d45463c7bd0481bd70d33c96b9be6f9a3a5eb4a63c40a8c7836','b979beaf8f331190a55af94cf85398471516e30b98e5d2fc45430e5e2970dc00');
INSERT INTO "custody_log" VALUES(95,'786e83cb-cfe5-4e35-856e-19ac1472c778',22,'2026-12-07T02:57:32.387Z','DEMO-001','evidence.added','{"evidence":"724a87db-50e1-48d5-bf19-1b7af1924765","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260904_01.jpg","question":"obra_en_uso","sha256":"5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d","size":44335}','b979beaf8f331190a55af94cf85398471516e30b98e5d2fc45430e5e2970dc00','f8fa5706bc948a23cd203c2af0a81900cad74032a4378ccc1e17acdbf831911d');
INSERT INTO "custody_log" VALUES(96,'786e83cb-cfe5-4e35-856e-19ac1472c778',23,'2026-12-07T02:57:32.565Z','DEMO-001','evidence.added','{"evidence":"a4b48606-4b11-4f3c-8f8e-d2ae1b99b938","finding":null,"item":null,"mime":"image/jpeg","name":"IMG_20260905_02.jpg","question":"fotografias_generales","sha256":"ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76","size":45897}','f8fa5706bc948a23cd203c2af0a81900cad74032a4378ccc1e17acdbf831911d','16b1181c5c73ad89949a926f5bafc6ad1c65de0709460067f3534cb81633f271');
INSERT INTO "custody_log" VALUES(97,'786e83cb-cfe5-4e35-856e-19ac1472c778',24,'2026-12-07T02:57:32.594Z','DEMO-001','audit.finalized','{"content_sha256":"d1e5c1443c6eb98d6a61428dcd0566e8f91dd6d371e3b5892c5b48f2bc70b864"}','16b1181c5c73ad89949a926f5bafc6ad1c65de0709460067f3534cb81633f271','a954c8d7d65157f2bcde6de0a472f94b6d48548e4f4419f26b33acffa97a9db1');
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
INSERT INTO "evidence" VALUES('46453a32-a406-452f-9eca-58ea97691082','786e83cb-cfe5-4e35-856e-19ac1472c778','f8bb9fd702c3f9ef182395691f120f16702a577b667418ffeb91293434a4bc04',52511,'image/jpeg','IMG_20260903_00.jpg','Letrero de obra con monto, contratista y fuente de los recursos','2026-09-03T09:14:02','2026-12-07T02:57:32.216Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('724a87db-50e1-48d5-bf19-1b7af1924765','786e83cb-cfe5-4e35-856e-19ac1472c778','5000d954c5b6ecebbacead1789c9f0e4266f932cff269fae2b53afaf85e8744d',44335,'image/jpeg','IMG_20260904_01.jpg','Techumbre terminada; la cancha está en uso durante el recreo','2026-09-03T09:31:47','2026-12-07T02:57:32.387Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1200,"kind":"image","thumbnail":true,"type_label":"Fotografía JPEG","width":1600}',NULL);
INSERT INTO "evidence" VALUES('a4b48606-4b11-4f3c-8f8e-d2ae1b99b938','786e83cb-cfe5-4e35-856e-19ac1472c778','ba6488c1afc3c087d6732e90ff5ea5e4c317a2c2c0707514a0d1069f6dd40e76',45897,'image/jpeg','IMG_20260905_02.jpg','Vista general desde el acceso norte','2026-09-03T09:40:10','2026-12-07T02:57:32.564Z',28.4363333,-106.859,'{"camera_make":"Motorola","camera_model":"moto g32","format":"JPEG","height":1600,"kind":"image","orientation":6,"thumbnail":true,"type_label":"Fotografía JPEG","width":1200}',NULL);
CREATE TABLE evidence_links (
    evidence_id TEXT NOT NULL REFERENCES evidence(id),
    question_id TEXT,
    item INTEGER NOT NULL DEFAULT -1,
    finding_id TEXT REFERENCES findings(id),
    CHECK ((question_id IS NULL) <> (finding_id IS NULL))
);
INSERT INTO "evidence_links" VALUES('46453a32-a406-452f-9eca-58ea97691082','letrero_obra',-1,NULL);
INSERT INTO "evidence_links" VALUES('724a87db-50e1-48d5-bf19-1b7af1924765','obra_en_uso',-1,NULL);
INSERT INTO "evidence_links" VALUES('a4b48606-4b11-4f3c-8f8e-d2ae1b99b938','fotografias_generales',-1,NULL);
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
INSERT INTO "findings" VALUES('f2d28c81-2c94-4368-85d8-c69a03a532d2','d530b5fd-88c3-4640-8d74-83381be8eb19','rule','rf_plazo_convocatoria_corto',NULL,-1,'media','Plazo corto entre la publicación de la convocatoria y la apertura','Un plazo corto reduce el número de licitantes que pueden preparar una oferta. El plazo legal aplicable está por confirmar y puede reducirse con justificación.','Pregunte si hubo reducción de plazo autorizada y adjunte el documento que la justifique.','open','2026-12-07T02:57:31.815Z','2026-12-07T02:57:31.815Z');
INSERT INTO "findings" VALUES('4dedec70-0108-445b-bd31-491d4cbd3410','d530b5fd-88c3-4640-8d74-83381be8eb19','rule','rf_pocas_proposiciones','numero_proposiciones',-1,'media','Baja competencia (pocas proposiciones)','','Anote los licitantes participantes y compárelos con los de procedimientos similares.','open','2026-12-07T02:57:31.824Z','2026-12-07T02:57:31.824Z');
INSERT INTO "findings" VALUES('fa6be9a0-01e0-419e-9040-42def98fdc85','675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','rule','rf_especificaciones_dirigidas','especificaciones_dirigidas',-1,'media','Especificaciones con marca o a la medida de un proveedor','','Describa qué requisito limita la competencia y adjunte la página de la convocatoria donde aparece.','open','2026-12-07T02:57:31.834Z','2026-12-07T02:57:31.834Z');
INSERT INTO "findings" VALUES('81ac777f-b88a-4c45-a480-3d032b2d979a','675ad4f5-bdbf-4446-8c6c-f32f1c2849c3','manual',NULL,NULL,-1,'media','La cotización ganadora llegó un día después del plazo de invitación','El sello de recepción de la cotización del proveedor adjudicado tiene fecha del 29 de octubre; el plazo vencía el 28.','Solicitar a la unidad la aclaración por escrito y anexarla al expediente.','open','2026-12-07T02:57:31.843Z','2026-12-07T02:57:31.843Z');
INSERT INTO "findings" VALUES('2fc6f8d4-76b3-4549-9386-5f467a9788fa','d6c019d1-fb3b-44f3-afe5-82bbb32a3065','rule','rf_sin_letrero','letrero_obra',-1,'media','La obra no tiene letrero o le faltan datos','','Fotografíe el frente de la obra donde debería estar y anote qué datos faltan.','open','2026-12-07T02:57:31.864Z','2026-12-07T02:57:31.864Z');
INSERT INTO "findings" VALUES('963a8b1c-dbf0-4375-8e3d-805bcf964c4a','d6c019d1-fb3b-44f3-afe5-82bbb32a3065','rule','rf_obra_atrasada','estado_programa',-1,'media','Obra atrasada respecto al programa','','Pregunte al residente la causa del atraso y si se aplicaron penas convencionales.','open','2026-12-07T02:57:31.875Z','2026-12-07T02:57:31.875Z');
INSERT INTO "findings" VALUES('c462a2bd-bf84-4a35-b2d0-2d1019c3b782','3f40182c-eaff-4014-8d59-fb99ffe72658','rule','rf_enlace_dictamen','enlace_dictamen',-1,'media','El enlace al dictamen de evaluación no funciona o falta','','Guarde la captura del error con la URL y la fecha.','open','2026-12-07T02:57:31.912Z','2026-12-07T02:57:31.912Z');
INSERT INTO "findings" VALUES('ef652083-f350-41ff-a612-4e8b06d4da9f','65b57cde-aa20-461f-b2fa-0942e4a7d76b','rule','rf_hito_vencido','estatus',1,'media','Hito vencido y no completo','','Pregunte a la institución responsable la causa del retraso y la nueva fecha comprometida.','open','2026-12-07T02:57:31.968Z','2026-12-07T02:57:31.968Z');
INSERT INTO "findings" VALUES('312ccdc9-c8b4-4d78-ad6d-a83edb67fe2a','65b57cde-aa20-461f-b2fa-0942e4a7d76b','rule','rf_diferencia_avance','porcentaje_verificado',1,'media','El avance reportado no coincide con el verificado','','Anote en qué se basa cada cifra y adjunte la evidencia que consultó.','open','2026-12-07T02:57:31.973Z','2026-12-07T02:57:31.973Z');
INSERT INTO "findings" VALUES('89b505f8-b8d9-45eb-99ba-2eca48fe2129','65b57cde-aa20-461f-b2fa-0942e4a7d76b','rule','rf_sin_informe_avance','informe_avance_publicado',-1,'media','No se publicó el informe anual de avance','','Anote dónde lo buscó y pídalo a la institución responsable.','open','2026-12-07T02:57:31.976Z','2026-12-07T02:57:31.976Z');
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
INSERT INTO "observer_profile" VALUES(1,'Observadora de ejemplo','DEMO-001','Chihuahua',NULL,'es','2026-12-07T02:57:31.646Z','2026-12-07T02:57:31.646Z',NULL);
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
, version INTEGER NOT NULL DEFAULT 1, sent_version INTEGER, server_state TEXT, reason TEXT, decided_at TEXT, send_error TEXT, updated_at TEXT);
INSERT INTO "participation_sessions" VALUES('14d6306d-8bd5-43ec-9389-1f64186d7adb','Junta de aclaraciones LP-MCH-ADQ-014-2026','2026-10-07','10:00','12:30','d530b5fd-88c3-4640-8d74-83381be8eb19','Presidencia Municipal','','2026-12-07T02:57:32.596Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T02:57:32.596Z');
INSERT INTO "participation_sessions" VALUES('26e1e62f-8686-4660-9444-e412e9a6d730','Apertura de proposiciones LP-MCH-ADQ-014-2026','2026-10-14','09:30','13:00','d530b5fd-88c3-4640-8d74-83381be8eb19','Presidencia Municipal','','2026-12-07T02:57:32.597Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T02:57:32.597Z');
INSERT INTO "participation_sessions" VALUES('dff9e595-c9bc-4310-8c63-e0610b8c57c4','Visita de obra OP-MCH-FISM-007-2026','2026-11-18','08:00','11:15','d6c019d1-fb3b-44f3-afe5-82bbb32a3065','Col. Riberas de Sacramento','','2026-12-07T02:57:32.598Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T02:57:32.598Z');
INSERT INTO "participation_sessions" VALUES('573de66e-0c57-4b06-8662-da615b23083d','Visita de obra OP-MCH-RP-021-2026','2026-09-03','09:00','12:00','786e83cb-cfe5-4e35-856e-19ac1472c778','El Sauz','','2026-12-07T02:57:32.599Z',1,NULL,NULL,NULL,NULL,NULL,'2026-12-07T02:57:32.599Z');
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
INSERT INTO "schema_migrations" VALUES(1,'initial schema','2026-12-07T02:57:31.618569+00:00');
INSERT INTO "schema_migrations" VALUES(2,'sync outbox: manifest, audit blob, errors, reviews','2026-12-07T02:57:31.623006+00:00');
INSERT INTO "schema_migrations" VALUES(3,'settings table for databases of the first release','2026-12-07T02:57:31.623594+00:00');
INSERT INTO "schema_migrations" VALUES(4,'the OIC''s per-question comments of a review','2026-12-07T02:57:31.624224+00:00');
INSERT INTO "schema_migrations" VALUES(5,'participation sessions sent to the OIC; the profile''s institution','2026-12-07T02:57:31.626679+00:00');
INSERT INTO "schema_migrations" VALUES(6,'the OIC''s agenda of events and the observer''s sign-ups','2026-12-07T02:57:31.627392+00:00');
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
